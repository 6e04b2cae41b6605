"""Document structure: header metadata, the section tree, signature and recipients."""

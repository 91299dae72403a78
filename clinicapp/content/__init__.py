"""The content layer: reads and checks the YAML library. Imports no Qt."""

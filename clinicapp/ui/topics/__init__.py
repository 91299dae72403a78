"""The topic browser: topic list, article, search, glossary."""

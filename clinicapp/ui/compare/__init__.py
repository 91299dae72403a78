"""The therapy comparison panel: picker, values, side-by-side grid, handout."""

"""Qt views. They read the Library and read/write the VisitSession; they own no content."""

"""The window around every area: main window, top bar, home screen, language switch."""

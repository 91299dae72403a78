"""Kiosk mode: idle reset, PIN-guarded exit, self-restart."""

"""Shared by every area: AppContext, theme, translations, printing, layouts."""

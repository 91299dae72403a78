"""clinicapp: offline patient education for pain clinics."""

__version__ = "0.1.0"

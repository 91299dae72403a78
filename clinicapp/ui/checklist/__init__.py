"""The symptom checklist: questions, body map, PEG, warning signs, visit summary."""

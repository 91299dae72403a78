"""The visit hand-off: the checklist leaves the screen as text, FHIR or a QR code, and nothing is stored.

Pure Python, no Qt (a test enforces it), fed by the `VisitSession` and the
`Library` like `clinicapp.summary`:

- `note`: the visit note, plain ASCII text a clinic's 2-D barcode scanner
  types into an EHR note field (the first QR code);
- `fhir`: the checklist as a FHIR R4 Questionnaire and the visit as a
  QuestionnaireResponse;
- `compact`: the response in a few dozen QR-alphanumeric characters (the
  second QR code) and back, for `clinicapp decode`;
- `qr`: the QR symbols themselves (segno), as a matrix the views draw as vectors.

Everything here returns values; nothing writes a file, the clipboard or a log.
See docs/HANDOFF.md.
"""

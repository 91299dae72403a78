"""Command line entry point: `clinicapp [options]`, `validate`, `hash-pin`, `keygen`, `pack`,
`export-questionnaire` and `decode` (the visit hand-off, docs/HANDOFF.md).

Sub-commands are dispatched before Qt is imported, so `validate` runs on
machines (and in CI steps) where no display or Qt plugin is available.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from clinicapp import __version__

if TYPE_CHECKING:
    from clinicapp.content.model import Library

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def validate_main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="clinicapp validate",
        description="Check a content folder or a signed .clinicpack. Exit 0 when clean, 1 when problems were found.",
    )
    parser.add_argument(
        "directory",
        nargs="?",
        type=Path,
        default=None,
        help="content folder or .clinicpack file (default: the bundled content)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object for tools")
    parser.add_argument(
        "--public-key",
        metavar="KEY",
        help="ed25519:... key to check a pack with (default: content_public_key from the settings files)",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)

    from clinicapp.content.validate import print_human, print_json, validate
    from clinicapp.paths import bundled_content_dir

    directory = args.directory or bundled_content_dir()
    key, key_problem = "", ""
    if args.directory is not None:  # the bundled content ships with the app; only outside content needs a key
        key, key_problem = _validation_key(args.public_key)
    if args.directory is not None and not directory.is_dir() and (key or key_problem or directory.exists()):
        return _validate_signed(directory, key, key_problem, args.json)
    if not directory.is_dir():
        print(f"clinicapp validate: {directory}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = validate(directory)
    except FileNotFoundError as exc:
        print(f"clinicapp validate: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if key or key_problem:  # checked all the same, so IT sees every problem at once
        from clinicapp.content.model import Problem, Severity

        why = key_problem or "content_public_key is set, so the app uses only signed packs (see clinicapp pack)"
        report.problems.append(Problem(str(directory), 1, 1, Severity.ERROR, f"folder refused: {why}"))
    (print_json if args.json else print_human)(report, sys.stdout)
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _validation_key(given: str | None) -> tuple[str, str]:
    """The public key to check packs with, and a problem with it ("" when fine)."""
    from clinicapp.config import load_config

    if given is not None:
        result = load_config(files=(), env={}, overrides={"content_public_key": given})
        source = "--public-key"
    else:
        result = load_config()
        source = "content_public_key"
    problems = [m for m in result.errors if m.key == "content_public_key"]
    if problems:
        return "", f"{source} is not a valid key (expected the ed25519:... line from clinicapp keygen)"
    return result.config.content_public_key, ""


def _validate_signed(target: Path, key: str, key_problem: str, as_json: bool) -> int:
    """A pack is verified before its content is checked; without a usable key it is refused."""
    import json
    import tempfile

    from clinicapp.content.packs import PackError, verify_pack
    from clinicapp.content.validate import print_human, print_json, validate

    def refuse(message: str) -> int:
        if as_json:
            json.dump({"ok": False, "problems": [{"file": str(target), "severity": "error", "message": message}]},
                      sys.stdout)  # fmt: skip
            print()
        else:
            print(f"{target}: {message}")
        return EXIT_PROBLEMS

    if key_problem:
        return refuse(f"refused: {key_problem}")
    if not target.exists():
        print(f"clinicapp validate: {target}: no such file or folder", file=sys.stderr)
        return EXIT_USAGE
    if not key:
        return refuse(
            "refused: no content_public_key is set (settings or --public-key), so the signature cannot be checked"
        )
    with tempfile.TemporaryDirectory(prefix="clinicapp-validate-") as staging:
        try:
            manifest = verify_pack(target, key, dest=Path(staging))
        except PackError as exc:
            return refuse(exc.message if exc.file == str(target) else str(exc))
        if not as_json:
            print(f"{target}: signature good; version {manifest.version}, {len(manifest.files)} files")
        report = validate(Path(staging) / "content")
        (print_json if as_json else print_human)(report, sys.stdout)
        return EXIT_OK if report.ok else EXIT_PROBLEMS


def keygen_main(argv: list[str]) -> int:
    """Make the Ed25519 key pair that signs content packs; print the settings line."""
    parser = argparse.ArgumentParser(
        prog="clinicapp keygen",
        description="Make a key pair for signing content packs. Keep the private key off the kiosks.",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the two key files")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    from clinicapp.content.packs import PackError, write_key_pair

    try:
        private_path, public_path, public_text = write_key_pair(args.out)
    except PackError as exc:
        print(f"clinicapp keygen: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as exc:
        print(f"clinicapp keygen: {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f"private key (signs packs; keep it secret, off the kiosks): {private_path}", file=sys.stderr)
    print(f"public key (also in {public_path}); put this line in config.yaml:", file=sys.stderr)
    print(f'content_public_key: "{public_text}"')
    return EXIT_OK


def pack_main(argv: list[str]) -> int:
    """Validate a content folder, then write it as a signed .clinicpack."""
    parser = argparse.ArgumentParser(
        prog="clinicapp pack",
        description="Check a content folder and write it as a signed content pack. "
        "Exit 0 written, 1 content problems (nothing written), 2 usage error.",
    )
    parser.add_argument("directory", type=Path, help="content folder (holding en/, es/, or one language folder)")
    parser.add_argument("--key", type=Path, required=True, metavar="PRIVATE_KEY", help="from clinicapp keygen")
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.clinicpack", help="the pack to write")
    parser.add_argument("--version", dest="label", metavar="LABEL", default="", help="a label (default: the date)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    import datetime as dt
    import os

    from clinicapp.content.packs import PACK_SUFFIX, PackError, build_pack, load_private_key, public_key_text
    from clinicapp.content.validate import print_human, validate

    if not args.directory.is_dir():
        print(f"clinicapp pack: {args.directory}: not a folder", file=sys.stderr)
        return EXIT_USAGE
    if args.out.suffix.lower() != PACK_SUFFIX:
        print(f"clinicapp pack: --out {args.out}: the name must end in {PACK_SUFFIX}", file=sys.stderr)
        return EXIT_USAGE
    try:
        key = load_private_key(args.key)
    except PackError as exc:
        print(f"clinicapp pack: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        report = validate(args.directory)
    except FileNotFoundError as exc:
        print(f"clinicapp pack: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not report.ok:
        print_human(report, sys.stdout)
        print(f"clinicapp pack: {args.directory} has errors; nothing written", file=sys.stderr)
        return EXIT_PROBLEMS
    # SOURCE_DATE_EPOCH (the reproducible-builds convention) pins the date, and so every byte.
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    created = dt.datetime.fromtimestamp(int(epoch), dt.UTC) if epoch.isdigit() else dt.datetime.now(dt.UTC)
    try:
        manifest = build_pack(args.directory, key, args.out, created=created, version=args.label)
    except PackError as exc:
        print(f"clinicapp pack: {exc}; nothing written", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as exc:
        print(f"clinicapp pack: {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(
        f"wrote {args.out}: {len(manifest.files)} files, version {manifest.version}, signed by {public_key_text(key)}"
    )
    return EXIT_OK


def list_therapies_main(argv: list[str]) -> int:
    """Print every therapy id with its name, so IT can write `therapies_offered` without guessing."""
    parser = argparse.ArgumentParser(
        prog="clinicapp list-therapies",
        description="Print the therapy ids (for therapies_offered in the settings) and their names.",
    )
    parser.add_argument(
        "directory", nargs="?", type=Path, default=None, help="content folder (default: the bundled content)"
    )
    parser.add_argument("--lang", default="en", metavar="CODE", help="language of the names (default en)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)

    from clinicapp.content.loader import load_library
    from clinicapp.content.validate import language_folders
    from clinicapp.paths import bundled_content_dir

    root = args.directory or bundled_content_dir()
    folder = language_folders(root).get(args.lang) if root.is_dir() else None
    if folder is None:
        print(f"clinicapp list-therapies: {root}: no content for language {args.lang!r}", file=sys.stderr)
        return EXIT_USAGE
    library = load_library(folder).library
    if not library.therapies:
        print(f"clinicapp list-therapies: {folder}: no therapies could be loaded", file=sys.stderr)
        return EXIT_PROBLEMS
    width = max(len(t.id) for t in library.therapies)
    for therapy in sorted(library.therapies, key=lambda t: t.id):
        offered = "  (offered in the content's clinic profile)" if library.is_offered(therapy.id) else ""
        print(f"{therapy.id:<{width}}  {therapy.name}{offered}")
    return EXIT_OK


def _checklist_library(prog: str, directory: Path | None, language: str) -> Library | int:
    """The library of one language with a checklist, or an exit code after saying why."""
    from clinicapp.content.loader import load_library
    from clinicapp.content.validate import language_folders
    from clinicapp.paths import bundled_content_dir

    root = directory or bundled_content_dir()
    folder = language_folders(root).get(language) if root.is_dir() else None
    if folder is None:
        print(f"{prog}: {root}: no content for language {language!r}", file=sys.stderr)
        return EXIT_USAGE
    library = load_library(folder).library
    if library.checklist is None:
        print(f"{prog}: {folder}: the content has no usable checklist", file=sys.stderr)
        return EXIT_PROBLEMS
    return library


def export_questionnaire_main(argv: list[str]) -> int:
    """Print the checklist as a FHIR R4 Questionnaire (JSON) for an EHR team to load."""
    parser = argparse.ArgumentParser(
        prog="clinicapp export-questionnaire",
        description="Print the symptom checklist as a FHIR R4 Questionnaire (JSON).",
    )
    parser.add_argument("--lang", default="en", metavar="CODE", help="language of the texts (default en)")
    parser.add_argument("--content", type=Path, default=None, help="content folder (default: the bundled content)")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    import json

    from clinicapp.handoff.fhir import questionnaire

    library = _checklist_library("clinicapp export-questionnaire", args.content, args.lang)
    if isinstance(library, int):
        return library
    print(json.dumps(questionnaire(library), ensure_ascii=False, indent=2))
    return EXIT_OK


def decode_main(argv: list[str]) -> int:
    """Turn a scanned compact visit (CA1:...) back into the full QuestionnaireResponse JSON."""
    parser = argparse.ArgumentParser(
        prog="clinicapp decode",
        description="Print the FHIR QuestionnaireResponse of a scanned compact visit code (CA1:...).",
    )
    parser.add_argument("code", nargs="?", default=None, help="the scanned text (default: read it from stdin)")
    parser.add_argument("--content", type=Path, default=None, help="content folder (default: the bundled content)")
    parser.add_argument(
        "--lang", default=None, metavar="CODE", help="language of the texts (default: the patient's, from the code)"
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    import json

    from clinicapp.handoff.compact import CompactError, decode, decode_session

    text = args.code if args.code is not None else sys.stdin.read(4096)
    text = text.strip()
    if not text:
        print("clinicapp decode: no code given (pass it as an argument or on stdin)", file=sys.stderr)
        return EXIT_USAGE
    library = _checklist_library("clinicapp decode", args.content, args.lang or "en")
    if isinstance(library, int):
        return library
    try:
        _session, _when, language = decode_session(text, library)
        if args.lang is None and language != library.language:
            library = _checklist_library("clinicapp decode", args.content, language)
            if isinstance(library, int):
                return library
        response = decode(text, library)
    except CompactError as exc:
        print(f"clinicapp decode: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    print(json.dumps(response, ensure_ascii=False, indent=2))
    return EXIT_OK


def hash_pin_main(argv: list[str]) -> int:
    """Ask for a new staff PIN twice and print the config line that holds only its hash."""
    parser = argparse.ArgumentParser(
        prog="clinicapp hash-pin",
        description="Ask for a staff PIN (twice, not shown) and print the `staff_pin:` line for config.yaml.",
    )
    try:
        parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    import getpass

    from clinicapp.pin import MAX_PIN_LENGTH, MIN_PIN_LENGTH, check_new_pin, hash_pin

    try:
        first = getpass.getpass(f"New staff PIN ({MIN_PIN_LENGTH}-{MAX_PIN_LENGTH} digits): ")
        second = getpass.getpass("The same PIN again: ")
    except (EOFError, KeyboardInterrupt):
        print("\nclinicapp hash-pin: cancelled; nothing printed", file=sys.stderr)
        return EXIT_PROBLEMS
    if first != second:
        print("clinicapp hash-pin: the two PINs differ; nothing printed", file=sys.stderr)
        return EXIT_PROBLEMS
    problem = check_new_pin(first)
    if problem:
        print(f"clinicapp hash-pin: {problem}; nothing printed", file=sys.stderr)
        return EXIT_PROBLEMS
    print(f'staff_pin: "{hash_pin(first)}"')
    return EXIT_OK


def _idle_seconds(text: str) -> int:
    from clinicapp.config import MAX_IDLE_TIMEOUT, MIN_IDLE_TIMEOUT

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of seconds: {text!r}") from None
    if not MIN_IDLE_TIMEOUT <= value <= MAX_IDLE_TIMEOUT:
        raise argparse.ArgumentTypeError(f"must be from {MIN_IDLE_TIMEOUT} to {MAX_IDLE_TIMEOUT} seconds")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clinicapp",
        description="Patient education for pain clinics. "
        "Sub-commands: validate [DIR|PACK] [--json], list-therapies [DIR], hash-pin, keygen --out DIR, "
        "pack DIR --key KEY --out FILE.",
    )
    parser.add_argument("--version", action="version", version=f"clinicapp {__version__}")
    parser.add_argument("--content", type=Path, metavar="DIR", help="content folder to show")
    parser.add_argument("--config", type=Path, metavar="FILE", help="settings file read after the standard ones")
    parser.add_argument(
        "--kiosk", action="store_true", default=None, help="waiting-room mode: full screen, locked, cleared when idle"
    )
    parser.add_argument(
        "--no-kiosk",
        "--clinician",
        dest="kiosk",
        action="store_false",
        default=None,
        help="clinician mode even when the settings say kiosk or cannot be read (settings problems force kiosk)",
    )
    parser.add_argument(
        "--idle-timeout",
        type=_idle_seconds,
        metavar="SECONDS",
        help="kiosk: seconds without a touch before the visit is cleared (default 120)",
    )
    parser.add_argument("--lang", metavar="CODE", help="content language, e.g. en (its content folder must exist)")
    parser.add_argument(
        "--log-level",
        type=str.upper,
        choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"),
        help="how much goes into the log (default INFO)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="start offscreen, open every area, print a report, exit 0 or 1"
    )
    parser.add_argument(
        "--exit-after-paint", action="store_true", help="quit right after the first frame is painted (start-up timing)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "validate":
        return validate_main(argv[1:])
    if argv and argv[0] == "hash-pin":
        return hash_pin_main(argv[1:])
    if argv and argv[0] == "list-therapies":
        return list_therapies_main(argv[1:])
    if argv and argv[0] == "keygen":
        return keygen_main(argv[1:])
    if argv and argv[0] == "pack":
        return pack_main(argv[1:])
    if argv and argv[0] == "export-questionnaire":
        return export_questionnaire_main(argv[1:])
    if argv and argv[0] == "decode":
        return decode_main(argv[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.config is not None and not args.config.is_file():
        print(f"clinicapp: error: --config {args.config}: no such file", file=sys.stderr)
        return EXIT_USAGE
    import gc

    # Start-up makes ~30,000 objects that live as long as the app (Qt's enums, the records'
    # classes): collecting them before the first frame cost ~13 ms of CPU and freed nothing.
    # app.run enables collection again as soon as the window is painted.
    gc.disable()
    try:
        from clinicapp.app import run  # Qt is imported only from here on

        return run(args)
    finally:
        gc.enable()

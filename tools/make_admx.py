"""Group Policy templates for clinicapp: ADMX plus English and Spanish ADML.

    python tools/make_admx.py            # rewrite installer/windows/policy/
    python tools/make_admx.py --check    # exit 1 if the committed files are stale

One table (SETTINGS) describes every setting of docs/DEPLOYMENT.md as a policy;
tests/test_admx.py checks that it covers every settings key and that the
files parse. Each policy writes one registry value, named like the settings
key, under Software\\Policies\\clinicapp\\clinicapp (clinicapp/policy.py reads
it). Every policy is "Both": IT may set it per machine (usual) or per user.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "installer" / "windows" / "policy"
KEY = r"Software\Policies\clinicapp\clinicapp"
NAMESPACE = "clinicapp.Policies.clinicapp"
LANGUAGES = ("en-US", "es-ES")


@dataclass(frozen=True)
class Setting:
    key: str
    kind: str  # text | bool | number | list | choice
    name: dict[str, str]  # display name by language
    explain: dict[str, str]  # help text by language
    low: int = 0
    high: int = 0
    default: int = 0
    choices: tuple[str, ...] = ()


def _s(key: str, kind: str, en: tuple[str, str], es: tuple[str, str], **extra: object) -> Setting:
    return Setting(key, kind, {"en-US": en[0], "es-ES": es[0]}, {"en-US": en[1], "es-ES": es[1]}, **extra)  # type: ignore[arg-type]


SETTINGS: tuple[Setting, ...] = (
    _s("clinic_name", "text",
       ("Clinic name", "The clinic's name on the home screen, the window title and printouts. Not configured: the name in the content's clinic profile."),
       ("Nombre de la clínica", "El nombre de la clínica en la pantalla de inicio, el título de la ventana y lo que se imprime. Sin configurar: el nombre del perfil de la clínica en el contenido.")),
    _s("clinic_contact", "text",
       ("Clinic contact line", "The contact line printed on handouts, e.g. the front desk's phone number and hours."),
       ("Línea de contacto de la clínica", "La línea de contacto que se imprime en los folletos, por ejemplo el teléfono y el horario de recepción.")),
    _s("therapies_offered", "list",
       ("Therapies offered here", "One therapy id per line; `clinicapp-cli list-therapies` prints the valid ids. Unknown ids are dropped and reported to staff, and the self-test fails on them."),
       ("Terapias que se ofrecen aquí", "Un identificador de terapia por línea; `clinicapp-cli list-therapies` muestra los válidos. Los identificadores desconocidos se descartan, se informan al personal y hacen fallar la autoprueba.")),
    _s("emergency_number", "text",
       ("Emergency number", "The number in the emergency instruction of the checklist, the visit summary and the topics (US default 911). Set it for clinics outside the US."),
       ("Número de emergencias", "El número de la instrucción de emergencia en la lista de síntomas, el resumen de la visita y los temas (en EE. UU., 911). Configúrelo en clínicas fuera de EE. UU.")),
    _s("crisis_line", "text",
       ("Crisis line", "The crisis line shown for thoughts of self-harm (US default 988, the Suicide & Crisis Lifeline)."),
       ("Línea de crisis", "La línea de crisis que se muestra ante pensamientos de hacerse daño (en EE. UU., 988, la Línea de Prevención del Suicidio y Crisis).")),
    _s("content_approved_by", "text",
       ("Content signed off by", "Who signed the content off for this clinic, as a role and name (docs/CLINICAL-REVIEW.md). Until this and the date are set, staff see a notice."),
       ("Contenido aprobado por", "Quién aprobó el contenido para esta clínica, con su cargo y nombre (docs/CLINICAL-REVIEW.md). Hasta que se configuren este dato y la fecha, el personal ve un aviso.")),
    _s("content_approved_on", "text",
       ("Content signed off on", "The date of that sign-off, written YYYY-MM-DD."),
       ("Fecha de aprobación del contenido", "La fecha de esa aprobación, en formato AAAA-MM-DD.")),
    _s("language", "text",
       ("Content language", "The language the app starts in, e.g. en or es. Its content folder must exist; otherwise English is shown and staff are told."),
       ("Idioma del contenido", "El idioma con el que empieza la aplicación, por ejemplo en o es. Debe existir su carpeta de contenido; si no, se muestra en inglés y se avisa al personal.")),
    _s("kiosk", "bool",
       ("Kiosk mode (waiting room)", "Enabled: full screen, locked, cleared after the idle timeout, no file dialogs. Use it on every machine patients use on their own."),
       ("Modo quiosco (sala de espera)", "Habilitado: pantalla completa, bloqueada, se borra tras el tiempo de inactividad, sin diálogos de archivos. Úselo en todo equipo que los pacientes usen solos.")),
    _s("idle_timeout", "number",
       ("Kiosk: seconds before 'Still there?'", "Seconds without a touch, click or key before the 'Still there?' prompt. 10 to 86400."),
       ("Quiosco: segundos antes de '¿Sigue ahí?'", "Segundos sin tocar, hacer clic ni pulsar una tecla antes del aviso '¿Sigue ahí?'. De 10 a 86400."),
       low=10, high=86400, default=120),
    _s("idle_warning_seconds", "number",
       ("Kiosk: countdown before clearing", "How long the 'Still there?' prompt counts down before the visit is cleared. 20 to 600 (WCAG 2.2.1 asks for at least 20 seconds)."),
       ("Quiosco: cuenta regresiva antes de borrar", "Cuánto dura la cuenta regresiva del aviso '¿Sigue ahí?' antes de borrar la visita. De 20 a 600 (WCAG 2.2.1 pide al menos 20 segundos)."),
       low=20, high=600, default=30),
    _s("staff_pin", "text",
       ("Staff PIN (hash)", "The salted hash made by `clinicapp-cli hash-pin`, never the PIN itself. Policy values are readable by every user of the machine: prefer the settings file, readable only by the kiosk account (docs/DEPLOYMENT.md)."),
       ("PIN del personal (hash)", "El hash con sal que genera `clinicapp-cli hash-pin`, nunca el PIN. Todos los usuarios del equipo pueden leer las directivas: es mejor el archivo de configuración, legible solo por la cuenta del quiosco (docs/DEPLOYMENT.md).")),
    _s("printing", "bool",
       ("Printing", "Disabled: every print request does nothing and Print buttons are hidden."),
       ("Impresión", "Deshabilitado: no se imprime nada y se ocultan los botones de imprimir.")),
    _s("content", "text",
       ("Content folder", "A content folder (or signed content pack) to show instead of the bundled one, e.g. \\\\server\\share\\clinicapp\\content."),
       ("Carpeta de contenido", "Una carpeta de contenido (o paquete de contenido firmado) en lugar del incluido, por ejemplo \\\\servidor\\recurso\\clinicapp\\content.")),
    _s("content_public_key", "text",
       ("Content signing key", "The ed25519:... line printed by `clinicapp keygen`. Set: only content packs signed with its private key are used; anything else is refused and the last good content stays."),
       ("Clave de firma del contenido", "La línea ed25519:... que muestra `clinicapp keygen`. Si está configurada, solo se usan paquetes de contenido firmados con su clave privada; todo lo demás se rechaza y se mantiene el último contenido válido.")),
    _s("log_level", "choice",
       ("Log detail", "How much goes into the log. Patient entries are never logged at any level."),
       ("Detalle del registro", "Cuánto se escribe en el registro. Lo que escribe un paciente nunca se registra, en ningún nivel."),
       choices=("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")),
    _s("qr_handoff", "bool",
       ("QR hand-off on the visit summary", "Enabled or not configured: the visit summary shows QR codes staff can scan to copy the answers into the record (nothing is stored). Disabled: no QR codes on screen or paper. Any other value counts as Disabled."),
       ("Traspaso por código QR en el resumen de la visita", "Habilitado o sin configurar: el resumen de la visita muestra códigos QR que el personal puede escanear para copiar las respuestas en el expediente (no se guarda nada). Deshabilitado: sin códigos QR en pantalla ni en papel. Cualquier otro valor cuenta como Deshabilitado.")),
    _s("read_aloud", "bool",
       ("Read aloud (Listen buttons)", "Enabled (default): Listen buttons read articles, the comparison and the checklist aloud with the computer's own voices. Disabled: no Listen button anywhere, e.g. in a shared waiting room without headphones. Any other value counts as Disabled."),
       ("Lectura en voz alta (botones Escuchar)", "Habilitado (predeterminado): los botones Escuchar leen en voz alta los artículos, la comparación y la lista de síntomas con las voces del propio equipo. Deshabilitado: no hay ningún botón Escuchar, por ejemplo en una sala de espera compartida sin auriculares. Cualquier otro valor cuenta como Deshabilitado.")),
)  # fmt: skip


def admx() -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!-- Generated by tools/make_admx.py: edit the table there, then run it. -->",
        '<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" '
        'xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
        f'  <policyNamespaces>\n    <target prefix="clinicapp" namespace="{NAMESPACE}"/>\n'
        '    <using prefix="windows" namespace="Microsoft.Policies.Windows"/>\n  </policyNamespaces>',
        '  <resources minRequiredRevision="1.0"/>',
        '  <supportedOn>\n    <definitions>\n      <definition name="SUPPORTED_clinicapp" '
        'displayName="$(string.SUPPORTED_clinicapp)"/>\n    </definitions>\n  </supportedOn>',
        '  <categories>\n    <category name="clinicapp" displayName="$(string.clinicapp)"/>\n  </categories>',
        "  <policies>",
    ]
    for s in SETTINGS:
        head = (f'    <policy name="{s.key}" class="Both" displayName="$(string.{s.key})" '
                f'explainText="$(string.{s.key}_Help)" key="{KEY}"')  # fmt: skip
        if s.kind == "bool":
            out.append(f'{head} valueName="{s.key}">')
        else:
            out.append(f'{head} presentation="$(presentation.{s.key})">')
        out.append('      <parentCategory ref="clinicapp"/>\n      <supportedOn ref="SUPPORTED_clinicapp"/>')
        if s.kind == "bool":
            out.append('      <enabledValue><decimal value="1"/></enabledValue>\n'
                       '      <disabledValue><decimal value="0"/></disabledValue>')  # fmt: skip
        else:
            out.append("      <elements>")
            if s.kind == "text":
                out.append(f'        <text id="{s.key}" valueName="{s.key}" required="true"/>')
            elif s.kind == "number":
                out.append(f'        <decimal id="{s.key}" valueName="{s.key}" required="true" '
                           f'minValue="{s.low}" maxValue="{s.high}"/>')  # fmt: skip
            elif s.kind == "list":
                out.append(f'        <multiText id="{s.key}" valueName="{s.key}" required="true"/>')
            elif s.kind == "choice":
                out.append(f'        <enum id="{s.key}" valueName="{s.key}" required="true">')
                for choice in s.choices:
                    out.append(f'          <item displayName="$(string.{s.key}_{choice})">'
                               f"<value><string>{choice}</string></value></item>")  # fmt: skip
                out.append("        </enum>")
            out.append("      </elements>")
        out.append("    </policy>")
    out += ["  </policies>", "</policyDefinitions>", ""]
    return "\n".join(out)


def adml(language: str) -> str:
    title = {"en-US": "clinicapp", "es-ES": "clinicapp"}[language]
    supported = {"en-US": "clinicapp on Windows 10 or later", "es-ES": "clinicapp en Windows 10 o posterior"}
    strings = [("clinicapp", title), ("SUPPORTED_clinicapp", supported[language])]
    presentations = []
    for s in SETTINGS:
        strings += [(s.key, s.name[language]), (f"{s.key}_Help", s.explain[language])]
        strings += [(f"{s.key}_{c}", c) for c in s.choices]
        label = escape(s.name[language])
        if s.kind == "text":
            presentations.append(f'      <presentation id="{s.key}"><textBox refId="{s.key}"><label>{label}</label>'
                                 "</textBox></presentation>")  # fmt: skip
        elif s.kind == "number":
            presentations.append(f'      <presentation id="{s.key}"><decimalTextBox refId="{s.key}" '
                                 f'defaultValue="{s.default}">{label}</decimalTextBox></presentation>')  # fmt: skip
        elif s.kind == "list":
            presentations.append(f'      <presentation id="{s.key}"><multiTextBox refId="{s.key}">{label}'
                                 "</multiTextBox></presentation>")  # fmt: skip
        elif s.kind == "choice":
            presentations.append(f'      <presentation id="{s.key}"><dropdownList refId="{s.key}" noSort="true">'
                                 f"{label}</dropdownList></presentation>")  # fmt: skip
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!-- Generated by tools/make_admx.py: edit the table there, then run it. -->",
        '<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" '
        'xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">',
        f"  <displayName>{title}</displayName>",
        "  <description>clinicapp</description>",
        "  <resources>",
        "    <stringTable>",
        *(f'      <string id="{sid}">{escape(text)}</string>' for sid, text in strings),
        "    </stringTable>",
        "    <presentationTable>",
        *presentations,
        "    </presentationTable>",
        "  </resources>",
        "</policyDefinitionResources>",
        "",
    ]
    return "\n".join(out)


def outputs() -> dict[Path, str]:
    files = {OUT / "clinicapp.admx": admx()}
    for language in LANGUAGES:
        files[OUT / language / "clinicapp.adml"] = adml(language)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed files differ from the table")
    args = parser.parse_args(argv)
    stale = [path for path, text in outputs().items() if not path.is_file() or path.read_text("utf-8") != text]
    if args.check:
        for path in stale:
            print(f"make_admx: {path.relative_to(ROOT)} is stale; run python tools/make_admx.py", file=sys.stderr)
        return 1 if stale else 0
    for path, text in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    print(f"make_admx: wrote {len(outputs())} files in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Settings pushed by Group Policy or Intune: the Windows registry's policy keys.

IT on Windows manages machines through policies, not files. ADMX templates
(installer/windows/policy/) write one registry value per setting under
``Software\\Policies\\clinicapp\\clinicapp``; the value name is the settings
key. Machine policy (HKLM) sits above user policy (HKCU), and both sit above
every settings file, because a policy is what IT enforces. The registry is
reached through the ``PolicyStore`` interface so the reader is tested on any
platform with a fake; ``WindowsRegistry`` is the real one.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Protocol

POLICY_KEY = r"Software\Policies\clinicapp\clinicapp"
USER, MACHINE = "HKCU", "HKLM"


class PolicyStore(Protocol):
    """Reads the values of one registry key; None when the key does not exist."""

    def values(self, hive: str, key: str) -> Mapping[str, object] | None: ...


class WindowsRegistry:
    """The real registry (Windows only): strings, DWORD numbers and multi-string lists."""

    def values(self, hive: str, key: str) -> Mapping[str, object] | None:
        if sys.platform != "win32":  # default_store() never makes one elsewhere; this also lets mypy read winreg
            return None
        import winreg

        root = {USER: winreg.HKEY_CURRENT_USER, MACHINE: winreg.HKEY_LOCAL_MACHINE}[hive]
        try:
            # The 64-bit view: Group Policy writes there, whatever the app's bitness.
            handle = winreg.OpenKey(root, key, 0, winreg.KEY_READ | winreg.KEY_WOW64_64KEY)
        except OSError:
            return None
        found: dict[str, object] = {}
        with handle:
            index = 0
            while True:
                try:
                    name, data, kind = winreg.EnumValue(handle, index)
                except OSError:
                    break
                index += 1
                if kind in (winreg.REG_SZ, winreg.REG_EXPAND_SZ, winreg.REG_DWORD, winreg.REG_MULTI_SZ):
                    found[name] = list(data) if kind == winreg.REG_MULTI_SZ else data
                else:
                    found[name] = _Unsupported(kind)
        return found


class _Unsupported:
    """A value of a registry type no setting uses (binary, QWORD...): reported, never applied."""

    def __init__(self, kind: int) -> None:
        self.kind = kind

    def __repr__(self) -> str:
        return f"<registry value of type {self.kind}>"


def default_store() -> PolicyStore | None:
    """The registry on Windows; elsewhere there are no policies to read."""
    return WindowsRegistry() if sys.platform == "win32" else None


def policy_source(hive: str) -> str:
    """How messages name a policy layer, so IT knows which key to fix."""
    return f"{hive}\\{POLICY_KEY}"


def read_policies(store: PolicyStore | None) -> list[tuple[str, Mapping[str, object]]]:
    """(source, values) for each policy layer that exists, lowest first: user, then machine."""
    if store is None:
        return []
    layers = []
    for hive in (USER, MACHINE):
        found = store.values(hive, POLICY_KEY)
        if found:
            layers.append((policy_source(hive), found))
    return layers

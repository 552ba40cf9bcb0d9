"""Project settings for ``citex check``: ``citex.toml``, or ``[tool.citex]`` in pyproject.toml.

    [tool.citex]
    error-on = ["missing-year"]
    ignore = ["uncited-entry"]

The nearest file in the current folder or its parents wins; command-line options add to it.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .errors import CitexError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

KEYS = ("error-on", "ignore")


def find_config(start: Path | None = None) -> tuple[Path | None, dict]:
    """(file, settings) of the nearest citex.toml or pyproject.toml with [tool.citex]."""
    folder = (start or Path.cwd()).resolve()
    for candidate in [folder, *folder.parents]:
        own = candidate / "citex.toml"
        if own.is_file():
            return own, _read(own, in_pyproject=False)
        project = candidate / "pyproject.toml"
        if project.is_file():
            settings = _read(project, in_pyproject=True)
            if settings is not None:
                return project, settings
    return None, {}


def _read(path: Path, in_pyproject: bool) -> dict | None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise CitexError(f"cannot read settings: {error}", str(path)) from None
    except tomllib.TOMLDecodeError as error:
        raise CitexError(f"invalid TOML: {error}", str(path)) from None
    if in_pyproject:
        data = data.get("tool", {}).get("citex")
        if data is None:
            return None
    settings = {}
    for key, value in data.items():
        if key not in KEYS:
            raise CitexError(f"unknown setting {key!r} (known: {', '.join(KEYS)})", str(path))
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise CitexError(f"{key} must be a list of problem codes", str(path))
        settings[key] = value
    return settings

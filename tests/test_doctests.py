"""The examples in citex's docstrings run as tests, so the documentation cannot rot.

They run from the installed package (not the source folder), as a user would import it.
"""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import citex

MODULES = sorted(name for _, name, _ in pkgutil.walk_packages(citex.__path__, "citex.")
                 if not name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} failing example(s) in {name}"

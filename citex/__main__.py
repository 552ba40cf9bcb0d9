"""``python -m citex``."""
from .cli import main

main()

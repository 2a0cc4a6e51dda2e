"""msq-classifier: code the free-text answers of the UN DESA Member States Questionnaire."""

from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

try:
    __version__ = version("msq-classifier")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_ROOT / "data"
MODELS_DIR = PROJECT_ROOT / "models"
DEFAULT_MODEL_DIR = MODELS_DIR / "default"

"""Validates a 360Giving JSON package (argv[1]) against the 360Giving Data Standard's schema."""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

here = pathlib.Path(__file__).parent
package = json.loads((here / "360-giving-package-schema.json").read_text(encoding="utf-8"))
grant = json.loads((here / "360-giving-schema.json").read_text(encoding="utf-8"))
# Both declare "$schema" with http://, which referencing does not recognise: say the draft.
grant_resource = DRAFT202012.create_resource(grant)
# The package schema names the grant schema by its 1.4.2 URL.
registry = Registry().with_resources([
    ("https://raw.githubusercontent.com/ThreeSixtyGiving/standard/1.4.2/schema/360-giving-schema.json", grant_resource),
    (grant["$id"], grant_resource),
])
checker = Draft202012Validator.FORMAT_CHECKER
# Without these the format checks would pass anything, and the test would prove nothing.
for needed in ("date-time", "uri"):
    if needed not in checker.checkers:
        sys.exit(f"validate.py: jsonschema cannot check the {needed} format here (install rfc3339-validator and rfc3986-validator)")
validator = Draft202012Validator(package, registry=registry, format_checker=checker)
data = json.loads(pathlib.Path(sys.argv[1]).read_text(encoding="utf-8"))
errors = sorted(validator.iter_errors(data), key=lambda error: list(error.absolute_path))
for error in errors:
    print("/".join(str(part) for part in error.absolute_path) or "(root)", error.message, sep=": ")
print(f"{len(data.get('grants', []))} grants, {len(errors)} errors")
sys.exit(1 if errors else 0)

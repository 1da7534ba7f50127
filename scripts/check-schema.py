#!/usr/bin/env python3
"""Checks ecograph model files against the model's JSON Schema (Draft 7).

Usage: check-schema.py SCHEMA PATH...

A PATH is a model file (YAML or JSON) or a directory, of which the *.yaml, *.yml and *.json files
are checked in name order, as ecograph reads them: not subdirectories, not hidden files, not
*.schema.json. YAML is read as ecograph reads it: every value is text (no dates, numbers or
booleans), except that an empty value, ~ and null are empty.

Prints one line per problem, FILE: PATH/IN/DOCUMENT: MESSAGE.
Exit status: 0 every file is valid; 1 some file is not; 2 wrong usage, or a file that cannot be
read or parsed.
Needs Python 3 with jsonschema and pyyaml (scripts/setup installs them).
"""

import difflib
import json
import os
import re
import sys

try:
    import jsonschema
    import yaml
except ImportError as missing:
    print(f"check-schema: {missing}; install with: python3 -m pip install jsonschema pyyaml", file=sys.stderr)
    sys.exit(2)

NULL_TAG = "tag:yaml.org,2002:null"
STR_TAG = "tag:yaml.org,2002:str"
MODEL_EXTENSIONS = (".yaml", ".yml", ".json")


class TextLoader(yaml.SafeLoader):
    """Reads YAML as ecograph does: plain scalars are text, except the empty value, ~ and null."""

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            # Keys are text even when they look empty: `~:` is the key "~", as for ecograph.
            if key_node.tag == NULL_TAG:
                key_node.tag = STR_TAG
            # ecograph refuses a key twice in one mapping; PyYAML would keep the last silently.
            if key_node.value in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key '{key_node.value}' in one mapping", key_node.start_mark)
            seen.add(key_node.value)
        return super().construct_mapping(node, deep)


TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag == NULL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class Unusable(Exception):
    """A problem that is not a schema violation: exit status 2."""


def model_files(path):
    """The files a path stands for, as ecograph discovers them."""
    if not os.path.isdir(path):
        if not os.path.exists(path):
            raise Unusable(f"{path}: no such file or directory")
        return [path]
    try:
        names = sorted(os.listdir(path))
    except OSError as error:
        raise Unusable(f"{path}: cannot read the directory: {error.strerror}")
    files = [
        os.path.join(path, name)
        for name in names
        if not name.startswith(".")
        and not name.endswith(".schema.json")
        and name.lower().endswith(MODEL_EXTENSIONS)
        and os.path.isfile(os.path.join(path, name))
    ]
    if not files:
        raise Unusable(f"{path}: the directory holds no *.yaml, *.yml or *.json files")
    return files


def load(path):
    """The document in a model file: JSON by extension, YAML otherwise."""
    try:
        with open(path, encoding="utf-8-sig") as file:
            text = file.read()
    except OSError as error:
        raise Unusable(f"{path}: cannot read the file: {error.strerror}")
    except UnicodeDecodeError:
        raise Unusable(f"{path}: the file is not UTF-8 text")
    if path.lower().endswith(".json"):
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise Unusable(f"{path}:{error.lineno}:{error.colno}: invalid JSON: {error.msg}")
    try:
        return yaml.load(text, Loader=TextLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        place = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise Unusable(f"{path}{place}: invalid YAML: {error.problem or error}")
    except yaml.YAMLError as error:
        raise Unusable(f"{path}: invalid YAML: {error}")


def most_telling(error):
    """For 'not valid under any of the given schemas', the alternative that came closest: the
    deepest error, one that fits the value's type, or else the first alternative's."""
    while error.context:
        error = sorted(error.context, key=jsonschema.exceptions.relevance)[0]
    return error


def location(error):
    path = "/".join(str(part) for part in error.absolute_path)
    return path if path else "(top level)"


def message(error):
    """jsonschema's message, in ecograph's words where the schema's construction shows through."""
    schema_path = list(error.absolute_schema_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        known = error.schema.get("properties", {})
        patterns = error.schema.get("patternProperties", {})
        what = "section" if not error.absolute_path else "key"
        parts = []
        for key in error.instance:
            if key in known or any(re.search(pattern, key) for pattern in patterns):
                continue
            close = difflib.get_close_matches(key, list(known), n=1)
            parts.append(f"unknown {what} '{key}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
        if parts:
            return "; ".join(parts)
    if error.validator is None and len(schema_path) >= 3 and schema_path[-3] == "dependencies":
        return f"'{schema_path[-2]}' is also given in another spelling; keep one of them"
    if "propertyNames" in schema_path:
        return (f"invalid id {error.instance!r}: use letters, digits, '-', '_' and '.', "
                "starting with a letter or digit, and no spaces")
    return error.message


def problems(validator, document):
    errors = sorted(validator.iter_errors(document), key=lambda error: [str(part) for part in error.absolute_path])
    for error in errors:
        telling = most_telling(error)
        yield f"{location(telling)}: {message(telling)}"


def main(arguments):
    if len(arguments) < 2 or arguments[0] in ("-h", "--help"):
        print("usage: check-schema.py SCHEMA PATH...", file=sys.stderr)
        return 2
    try:
        schema = load(arguments[0])
        jsonschema.Draft7Validator.check_schema(schema)
        validator = jsonschema.Draft7Validator(schema)
        files = [file for path in arguments[1:] for file in model_files(path)]
    except Unusable as error:
        print(f"check-schema: {error}", file=sys.stderr)
        return 2
    except jsonschema.exceptions.SchemaError as error:
        print(f"check-schema: {arguments[0]}: not a valid Draft 7 schema: {error.message}", file=sys.stderr)
        return 2

    status = 0
    invalid = 0
    unusable = 0
    for file in files:
        try:
            document = load(file)
        except Unusable as error:
            print(f"check-schema: {error}", file=sys.stderr)
            status = 2
            unusable += 1
            continue
        found = list(problems(validator, document))
        for problem in found:
            print(f"{file}: {problem}")
        if found:
            invalid += 1
            status = max(status, 1)
    unread = f", {unusable} unreadable" if unusable else ""
    print(f"check-schema: {len(files)} file(s) checked, {invalid} invalid{unread}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

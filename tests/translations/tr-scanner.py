#!/usr/bin/env python3
"""Fails when a user-visible literal escapes tr() in the window's code.

Looks at the calls that put text in front of a person (setText, setToolTip, setWindowTitle,
addAction, showMessage, setPlaceholderText, setAccessibleName, ...) in src/gui and src/app and
reports the ones whose argument is a bare literal with words in it (QStringLiteral("Save"),
"Save", QLatin1String("Save")) instead of tr("Save"). Literals without a word (markup, "%1",
"…") and names that are the same in every language (listed below) are fine.

    tests/translations/tr-scanner.py SOURCE_DIR
"""
import pathlib
import re
import sys

SETTERS = (r"setText|setToolTip|setWindowTitle|setPlaceholderText|setStatusTip|setWhatsThis|addAction|"
           r"setTabText|setTabToolTip|setAccessibleName|setAccessibleDescription|showMessage|setLabelText|"
           r"setTitle|setHeaderLabels|setHorizontalHeaderLabels|addItem|setSpecialValueText|setSuffix|"
           r"setPrefix|showNotice|information|warning|critical|question|setWindowIconText")
CALL = re.compile(r"\b(?:" + SETTERS + r")\s*\(([^;]*)")
LITERAL = re.compile(r'(?<![A-Za-z_])(?:QStringLiteral|QLatin1String|QString::fromLatin1|QString::fromUtf8)?\(?\s*"((?:[^"\\]|\\.)*)"')
# The same in every language: product and language names, units, protocol words.
ALLOWED = {"Rollout Cockpit", "English", "Deutsch", "Patroni", "PostgreSQL", "PgBouncer", "Prometheus",
           "Alertmanager", "Docker", "etcd", "JSON", "PDF", "HTML", "SQL", "ms", "s", "OK"}


def words(text):
    stripped = re.sub(r"<[^>]*>|%\d|%n|&\w+;|\\[nt]", " ", text)
    return re.findall(r"[A-Za-z]{2,}", stripped)


def scan(root):
    problems = []
    for path in sorted(list(root.glob("src/gui/**/*.cpp")) + list(root.glob("src/app/*.cpp"))):
        text = path.read_text(encoding="utf-8")
        for match in CALL.finditer(text):
            arguments = match.group(1)
            # Stop at the end of this call's first line of arguments: enough for literals.
            previous_end, previous_translated = None, False
            for literal in LITERAL.finditer(arguments[:2000]):
                start = literal.start()
                # "..." "..." on the next line continues the literal before it.
                if previous_end is not None and not arguments[previous_end:start].strip():
                    translated = previous_translated
                else:
                    before = arguments[max(0, start - 40):start]
                    translated = bool(
                        re.search(r"\b(?:tr|translate|QT_TR_NOOP|QT_TRANSLATE_NOOP)\s*\(\s*$", before)
                        or re.search(r"(?:tr|translate|QT_TRANSLATE_NOOP)\s*\(\s*\"[^\"]*\"\s*,\s*$", before))
                previous_end, previous_translated = literal.end(), translated
                if translated:
                    continue
                value = literal.group(1)
                found = words(value)
                if not found or value in ALLOWED or all(w in ALLOWED for w in found):
                    continue
                # Object names, property keys and icons are not shown.
                if re.fullmatch(r"[a-z][A-Za-z0-9_]*|[:/.][\w/.-]+|[\w-]+\.(svg|png)", value):
                    continue
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(root)}:{line}: \"{value}\" is shown without tr()")
    return problems


if __name__ == "__main__":
    found = scan(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "."))
    for problem in found:
        print(problem)
    print(f"tr-scanner: {len(found)} user-visible literal(s) outside tr()")
    sys.exit(1 if found else 0)

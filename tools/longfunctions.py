#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Lists the C++ functions longer than a limit (default 120 lines) in product code.

The house rule is no function over ~120 lines in product code: a function that long no longer
reads as the steps of its algorithm. CTest runs this as tst_longfunctions (tests/unit/app). This is a text scan, not a compiler: it drops
comments, strings and character literals, follows the braces, and takes a brace block to
be a function body when the text in front of it ends in a parameter list and does not
start with a control keyword. Lambdas count toward the function they stand in, as do the
member functions of a class defined inside a function.

    tools/longfunctions.py                  # modules/ and app/, limit 120
    tools/longfunctions.py --limit 80 modules/sync
    tools/longfunctions.py --check          # exit status 1 when any is found

Prints one line a function, longest first: `lines  path:first-last  name`.
"""

import argparse
import os
import re
import sys

SOURCE_SUFFIXES = ('.cpp', '.cc', '.cxx', '.h', '.hpp')
# Folders that are not product code: tests and generated files.
SKIPPED_DIRS = {'tests', 'test', 'build', '.git'}
CONTROL = re.compile(r'^(if|for|while|switch|catch|do|else|try|return)\b')
NOT_FUNCTION = re.compile(r'\b(namespace|class|struct|union|enum)\b')


def strip_code(text):
    """The text with comments, string and character literals blanked (newlines kept, so
    that line numbers still hold)."""
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif c == 'R' and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            open_paren = text.find('(', i + 2)
            delimiter = text[i + 2:open_paren]
            close = ')' + delimiter + '"'
            j = text.find(close, open_paren)
            j = n if j < 0 else j + len(close)
            out.append('""' + re.sub(r'[^\n]', ' ', text[i + 2:j]))
            i = j
        elif c == '"' or (c == "'" and not (i > 0 and text[i - 1].isalnum())):
            # A quote after a digit is a digit separator (1'000), not a character literal.
            j = i + 1
            while j < n and text[j] != c and text[j] != '\n':
                j += 2 if text[j] == '\\' else 1
            j = min(j + 1, n)
            out.append(c + ' ' * (j - i - 2) + c if j - i >= 2 else text[i:j])
            i = j
        elif c == '#' and (i == 0 or text[i - 1] == '\n' or text[:i].rstrip(' \t').endswith('\n')):
            # A preprocessor line (with its continuations) is not code to scan.
            j = i
            while True:
                k = text.find('\n', j)
                if k < 0:
                    j = n
                    break
                if text[k - 1] == '\\':
                    j = k + 1
                    continue
                j = k
                break
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def function_name(header):
    """The name in front of the parameter list of a function header, or None when the
    header is not one of a function."""
    header = ' '.join(header.split())
    # `Q_LOGGING_CATEGORY(…)` (a macro, no semicolon) in front of `namespace {`: a namespace.
    if re.search(r'\bnamespace\b', header):
        return None
    if not header or CONTROL.match(header) or NOT_FUNCTION.search(header.split('(')[0]):
        return None
    m = re.match(r'^(.*?)([~\w:<>]+(?:operator\s*\S+?)?)\s*\(', header)
    if not m:
        return None
    name = m.group(2)
    if name in ('if', 'for', 'while', 'switch', 'catch', 'return', 'sizeof', 'decltype'):
        return None
    if m.group(1).rstrip().endswith('='):
        return None
    # A lambda: `[...](...)` or `[...] {` (no name before the parameter list).
    before = header[:header.find('(')]
    if before.rstrip().endswith(']'):
        return None
    return name


def stack_has_function(stack):
    return any(kind == 'function' for kind, _, _ in stack)


def is_member_brace_init(header):
    """Whether a brace opens a member's initializer in a constructor's initializer list
    (`) : m_a(x), m_b{` — the name stands right before the brace) rather than the body."""
    flat = ' '.join(header.split())
    if not re.search(r'\)\s*(noexcept\s*)?:(?!:)', flat):
        return False
    return bool(re.search(r'[\w>]$', header)) and not re.search(r'\)\s*(const|override|final|noexcept)?$', flat)


def long_functions(path, limit):
    with open(path, encoding='utf-8', errors='replace') as f:
        code = strip_code(f.read())
    found = []
    stack = []  # per open brace: (kind, name, first line)
    header_start = 0  # where the text in front of the next brace starts
    line = 1
    for i, c in enumerate(code):
        if c == '\n':
            line += 1
        elif c in ';':
            header_start = i + 1
        elif c == '{':
            header = code[header_start:i]
            if not stack_has_function(stack) and is_member_brace_init(header):
                # `Foo::Foo() : m_a{1}, m_b{}`: a member's braces, the header goes on.
                stack.append(('init', None, line))
                continue
            name = None if stack_has_function(stack) else function_name(header)
            if name:
                # The function starts on the first non-blank line of its header.
                lead = len(header) - len(header.lstrip())
                first = code.count('\n', 0, header_start + lead) + 1
                stack.append(('function', name, first))
            else:
                stack.append(('block', None, line))
            header_start = i + 1
        elif c == '}':
            if stack:
                kind, name, first = stack.pop()
                if kind == 'init':
                    continue
                if kind == 'function' and line - first + 1 > limit:
                    found.append((line - first + 1, path, first, line, name))
            header_start = i + 1
    return found


def source_files(roots):
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d not in SKIPPED_DIRS)
            for name in sorted(filenames):
                if name.endswith(SOURCE_SUFFIXES):
                    yield os.path.join(dirpath, name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('paths', nargs='*', help='files or folders (default: modules app)')
    parser.add_argument('--limit', type=int, default=120, help='longest allowed, in lines (default 120)')
    parser.add_argument('--check', action='store_true', help='exit with status 1 when any is found')
    args = parser.parse_args()
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    paths = args.paths or [os.path.join(root, 'modules'), os.path.join(root, 'app')]
    found = []
    for path in source_files(paths):
        found += long_functions(path, args.limit)
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    for lines, path, first, last, name in found:
        print(f'{lines:5}  {os.path.relpath(path, root)}:{first}-{last}  {name}')
    if not found:
        print(f'no function over {args.limit} lines')
    return 1 if args.check and found else 0


if __name__ == '__main__':
    sys.exit(main())

#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Git merge driver for Qt Linguist .ts files: the union of both sides' messages.

Two branches that each add strings both rewrite translations/*.ts, and a line-based merge
of lupdate's output conflicts on every neighbouring message. A message is identified by
(context, source, comment); ours wins where both translated it, a finished translation
wins over an unfinished one. Run `cmake --build build --target update_translations`
afterwards so lupdate drops messages no source asks for any more and orders the file.

Enable it in a clone:
    echo "translations/*.ts merge=tsmerge" >> .git/info/attributes
    git config merge.tsmerge.driver 'python3 tools/tsmerge.py %O %A %B'
"""
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext('source') or '', message.findtext('comment') or '')


def unfinished(message):
    translation = message.find('translation')
    return translation is None or translation.get('type') == 'unfinished'


def merge(ours_path, theirs_path):
    ours = ET.parse(ours_path)
    theirs = ET.parse(theirs_path)
    contexts = {c.findtext('name'): c for c in ours.getroot().findall('context')}
    for their_context in theirs.getroot().findall('context'):
        name = their_context.findtext('name')
        our_context = contexts.get(name)
        if our_context is None:
            ours.getroot().append(their_context)
            contexts[name] = their_context
            continue
        messages = {key(m): m for m in our_context.findall('message')}
        for their_message in their_context.findall('message'):
            mine = messages.get(key(their_message))
            if mine is None:
                our_context.append(their_message)
            elif unfinished(mine) and not unfinished(their_message):
                our_context.remove(mine)
                our_context.append(their_message)
    ET.indent(ours, space='    ')
    with open(ours_path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        ours.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')


if __name__ == '__main__':
    if len(sys.argv) != 4:
        sys.exit('usage: tsmerge.py BASE OURS THEIRS')
    merge(sys.argv[2], sys.argv[3])

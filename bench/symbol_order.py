#!/usr/bin/env python3
"""The functions of one object that callgrind saw run, in the order it lists them: a symbol
ordering file for lld, so that the code a render runs lies together in the executable and
the kernel maps fewer of its pages (peak RSS). Reads callgrind outputs written with
--demangle=no (lld needs the mangled names) and keeps each name once.

usage: symbol_order.py OBJECT_SUFFIX CALLGRIND_OUT... > link/hot-functions.txt
"""
import re
import sys

LINE = re.compile(r"(c?ob|c?fn)=\((\d+)\)(?: (.*))?$")


def functions(path, object_suffix):
    objects, names, current = {}, {}, None
    with open(path, errors="replace") as data:
        for line in data:
            match = LINE.match(line.rstrip("\n"))
            if not match:
                continue
            kind, key, name = match.groups()
            if kind in ("ob", "cob"):
                if name:
                    objects[key] = name
                if kind == "ob":
                    current = objects.get(key)
            else:
                if name:
                    names[key] = name
                if kind == "fn" and current and current.endswith(object_suffix):
                    function = names.get(key)
                    # Recursion levels ("f'2") are the same function; addresses have no name.
                    if function and not function.startswith("0x"):
                        yield re.sub(r"'\d+$", "", function)


def main():
    object_suffix, outputs = sys.argv[1], sys.argv[2:]
    seen = set()
    for path in outputs:
        for function in functions(path, object_suffix):
            if function not in seen:
                seen.add(function)
                print(function)
    if not seen:
        sys.exit(f"no function of an object ending in {object_suffix} in {outputs}")


if __name__ == "__main__":
    main()

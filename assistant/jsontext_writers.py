"""The plain classes' JSON writers, written out field by field from ``formdata.PLANS``: made by
``jsontext.writers_module()`` — do not edit; tests/test_jsontext.py checks that this file is what it
makes (and ``jsontext`` compiles its own when a plan has changed since)."""


PLAINFUNDING_FIELDS = (
    ('total', 'optional'),
    ('carryover', 'optional'),
    ('current_year', 'optional'),
    ('other', 'optional'),
)


def make_PlainFunding(cls, _Unknown, _string, _optional, _float_repr, _strings, _WRITE, fields):

    def write(obj):
        if type(obj) is not cls:
            raise _Unknown
        d = obj.__dict__
        v = d['total']
        f0 = _float_repr(v) if type(v) is float and v - v == 0 else _optional(v)
        v = d['carryover']
        f1 = _float_repr(v) if type(v) is float and v - v == 0 else _optional(v)
        v = d['current_year']
        f2 = _float_repr(v) if type(v) is float and v - v == 0 else _optional(v)
        v = d['other']
        f3 = _float_repr(v) if type(v) is float and v - v == 0 else _optional(v)
        return f'{{"total": {f0}, "carryover": {f1}, "current_year": {f2}, "other": {f3}}}'

    return write


def make_bytes_PlainFunding(cls, _Unknown, _TEXT_BYTES, _text_bytes, _optional, _float_repr, _strings_bytes, _WRITE_BYTES, fields):
    known = _TEXT_BYTES.get

    def write(obj):
        if type(obj) is not cls:
            raise _Unknown
        d = obj.__dict__
        v = d['total']
        f0 = (_float_repr(v) if type(v) is float and v - v == 0 else _optional(v)).encode()
        v = d['carryover']
        f1 = (_float_repr(v) if type(v) is float and v - v == 0 else _optional(v)).encode()
        v = d['current_year']
        f2 = (_float_repr(v) if type(v) is float and v - v == 0 else _optional(v)).encode()
        v = d['other']
        f3 = (_float_repr(v) if type(v) is float and v - v == 0 else _optional(v)).encode()
        return b''.join((b'{"total": ', f0, b', "carryover": ', f1, b', "current_year": ', f2, b', "other": ', f3, b'}'))

    return write


PLAINBUDGETITEM_FIELDS = (
    ('name', 'str'),
    ('amount', 'optional'),
    ('start', 'str'),
    ('end', 'str'),
)


def make_PlainBudgetItem(cls, _Unknown, _string, _optional, _float_repr, _strings, _WRITE, fields):

    def write(obj):
        if type(obj) is not cls:
            raise _Unknown
        d = obj.__dict__
        v = d['name']
        f0 = _string(v)
        v = d['amount']
        f1 = _float_repr(v) if type(v) is float and v - v == 0 else _optional(v)
        v = d['start']
        f2 = _string(v)
        v = d['end']
        f3 = _string(v)
        return f'{{"name": {f0}, "amount": {f1}, "start": {f2}, "end": {f3}}}'

    return write


def make_bytes_PlainBudgetItem(cls, _Unknown, _TEXT_BYTES, _text_bytes, _optional, _float_repr, _strings_bytes, _WRITE_BYTES, fields):
    known = _TEXT_BYTES.get

    def write(obj):
        if type(obj) is not cls:
            raise _Unknown
        d = obj.__dict__
        v = d['name']
        f0 = known(v) or _text_bytes(v)
        v = d['amount']
        f1 = (_float_repr(v) if type(v) is float and v - v == 0 else _optional(v)).encode()
        v = d['start']
        f2 = known(v) or _text_bytes(v)
        v = d['end']
        f3 = known(v) or _text_bytes(v)
        return b''.join((b'{"name": ', f0, b', "amount": ', f1, b', "start": ', f2, b', "end": ', f3, b'}'))

    return write


PLAINGOALS_FIELDS = (
    ('long_term', 'strs'),
    ('annual', 'strs'),
)


def make_PlainGoals(cls, _Unknown, _string, _optional, _float_repr, _strings, _WRITE, fields):

    def write(obj):
        if type(obj) is not cls:
            raise _Unknown
        d = obj.__dict__
        v = d['long_term']
        f0 = _strings(v)
        v = d['annual']
        f1 = _strings(v)
        return f'{{"long_term": {f0}, "annual": {f1}}}'

    return write


def make_bytes_PlainGoals(cls, _Unknown, _TEXT_BYTES, _text_bytes, _optional, _float_repr, _strings_bytes, _WRITE_BYTES, fields):
    known = _TEXT_BYTES.get

    def write(obj):
        if type(obj) is not cls:
            raise _Unknown
        d = obj.__dict__
        v = d['long_term']
        f0 = _strings_bytes(v)
        v = d['annual']
        f1 = _strings_bytes(v)
        return b''.join((b'{"long_term": ', f0, b', "annual": ', f1, b'}'))

    return write


PLAINDECLARATION_FIELDS = (
    ('year', 'optional'),
    ('project_name', 'str'),
    ('department', 'str'),
    ('department_code', 'str'),
    ('department_head', 'str'),
    ('department_phone', 'str'),
    ('unit', 'str'),
    ('unit_head', 'str'),
    ('unit_phone', 'str'),
    ('unit_functions', 'str'),
    ('function_code', 'str'),
    ('attribute', 'str'),
    ('start', 'str'),
    ('end', 'str'),
    ('overview', 'str'),
    ('basis', 'str'),
    ('necessity', 'str'),
    ('funding', 'model'),
    ('budget_items', 'models'),
    ('goals', 'model'),
    ('indicators', 'models'),
    ('filler', 'str'),
    ('fill_date', 'str'),
)


def make_PlainDeclaration(cls, _Unknown, _string, _optional, _float_repr, _strings, _WRITE, fields):
    arg17 = fields[17]
    arg18 = fields[18]
    arg19 = fields[19]
    arg20 = fields[20]

    def write(obj):
        if type(obj) is not cls:
            raise _Unknown
        d = obj.__dict__
        v = d['year']
        f0 = _float_repr(v) if type(v) is float and v - v == 0 else _optional(v)
        v = d['project_name']
        f1 = _string(v)
        v = d['department']
        f2 = _string(v)
        v = d['department_code']
        f3 = _string(v)
        v = d['department_head']
        f4 = _string(v)
        v = d['department_phone']
        f5 = _string(v)
        v = d['unit']
        f6 = _string(v)
        v = d['unit_head']
        f7 = _string(v)
        v = d['unit_phone']
        f8 = _string(v)
        v = d['unit_functions']
        f9 = _string(v)
        v = d['function_code']
        f10 = _string(v)
        v = d['attribute']
        f11 = _string(v)
        v = d['start']
        f12 = _string(v)
        v = d['end']
        f13 = _string(v)
        v = d['overview']
        f14 = _string(v)
        v = d['basis']
        f15 = _string(v)
        v = d['necessity']
        f16 = _string(v)
        v = d['funding']
        f17 = _WRITE[arg17](v)
        v = d['budget_items']
        if type(v) is not list:
            raise _Unknown
        f18 = '[' + ', '.join(map(_WRITE[arg18], v)) + ']' if v else '[]'
        v = d['goals']
        f19 = _WRITE[arg19](v)
        v = d['indicators']
        if type(v) is not list:
            raise _Unknown
        f20 = '[' + ', '.join(map(_WRITE[arg20], v)) + ']' if v else '[]'
        v = d['filler']
        f21 = _string(v)
        v = d['fill_date']
        f22 = _string(v)
        return f'{{"year": {f0}, "project_name": {f1}, "department": {f2}, "department_code": {f3}, "department_head": {f4}, "department_phone": {f5}, "unit": {f6}, "unit_head": {f7}, "unit_phone": {f8}, "unit_functions": {f9}, "function_code": {f10}, "attribute": {f11}, "start": {f12}, "end": {f13}, "overview": {f14}, "basis": {f15}, "necessity": {f16}, "funding": {f17}, "budget_items": {f18}, "goals": {f19}, "indicators": {f20}, "filler": {f21}, "fill_date": {f22}}}'

    return write


def make_bytes_PlainDeclaration(cls, _Unknown, _TEXT_BYTES, _text_bytes, _optional, _float_repr, _strings_bytes, _WRITE_BYTES, fields):
    arg17 = fields[17]
    arg18 = fields[18]
    arg19 = fields[19]
    arg20 = fields[20]
    known = _TEXT_BYTES.get

    def write(obj):
        if type(obj) is not cls:
            raise _Unknown
        d = obj.__dict__
        v = d['year']
        f0 = (_float_repr(v) if type(v) is float and v - v == 0 else _optional(v)).encode()
        v = d['project_name']
        f1 = known(v) or _text_bytes(v)
        v = d['department']
        f2 = known(v) or _text_bytes(v)
        v = d['department_code']
        f3 = known(v) or _text_bytes(v)
        v = d['department_head']
        f4 = known(v) or _text_bytes(v)
        v = d['department_phone']
        f5 = known(v) or _text_bytes(v)
        v = d['unit']
        f6 = known(v) or _text_bytes(v)
        v = d['unit_head']
        f7 = known(v) or _text_bytes(v)
        v = d['unit_phone']
        f8 = known(v) or _text_bytes(v)
        v = d['unit_functions']
        f9 = known(v) or _text_bytes(v)
        v = d['function_code']
        f10 = known(v) or _text_bytes(v)
        v = d['attribute']
        f11 = known(v) or _text_bytes(v)
        v = d['start']
        f12 = known(v) or _text_bytes(v)
        v = d['end']
        f13 = known(v) or _text_bytes(v)
        v = d['overview']
        f14 = known(v) or _text_bytes(v)
        v = d['basis']
        f15 = known(v) or _text_bytes(v)
        v = d['necessity']
        f16 = known(v) or _text_bytes(v)
        v = d['funding']
        f17 = _WRITE_BYTES[arg17](v)
        v = d['budget_items']
        if type(v) is not list:
            raise _Unknown
        f18 = b'[' + b', '.join(map(_WRITE_BYTES[arg18], v)) + b']' if v else b'[]'
        v = d['goals']
        f19 = _WRITE_BYTES[arg19](v)
        v = d['indicators']
        if type(v) is not list:
            raise _Unknown
        f20 = b'[' + b', '.join(map(_WRITE_BYTES[arg20], v)) + b']' if v else b'[]'
        v = d['filler']
        f21 = known(v) or _text_bytes(v)
        v = d['fill_date']
        f22 = known(v) or _text_bytes(v)
        return b''.join((b'{"year": ', f0, b', "project_name": ', f1, b', "department": ', f2, b', "department_code": ', f3, b', "department_head": ', f4, b', "department_phone": ', f5, b', "unit": ', f6, b', "unit_head": ', f7, b', "unit_phone": ', f8, b', "unit_functions": ', f9, b', "function_code": ', f10, b', "attribute": ', f11, b', "start": ', f12, b', "end": ', f13, b', "overview": ', f14, b', "basis": ', f15, b', "necessity": ', f16, b', "funding": ', f17, b', "budget_items": ', f18, b', "goals": ', f19, b', "indicators": ', f20, b', "filler": ', f21, b', "fill_date": ', f22, b'}'))

    return write

"""The plain twins' readers, written out field by field from ``formdata.PLANS``: made by
``formdata.readers_module()`` — do not edit; tests/test_formdata.py checks that this file is what it
makes (and ``formdata`` compiles its own when a plan has changed since)."""


PLAINFUNDING_FIELDS = (
    ('total', 'optional', 'clean_amount', 'value'),
    ('carryover', 'optional', 'clean_amount', 'value'),
    ('current_year', 'optional', 'clean_amount', 'value'),
    ('other', 'optional', 'clean_amount', 'value'),
)


def make_PlainFunding(cls, NotPlain, _MISSING, _slow, _fresh, _texts, _READ, fields):
    clean0, arg0, default0, memo0 = fields[0]
    clean1, arg1, default1, memo1 = fields[1]
    clean2, arg2, default2, memo2 = fields[2]
    clean3, arg3, default3, memo3 = fields[3]

    def read(data):
        if type(data) is not dict:
            raise NotPlain
        get = data.get
        v = get('total', _MISSING)
        if v is _MISSING:
            f0 = default0
        elif type(v) is float and v - v == 0:
            f0 = v
        else:
            f0 = _slow(clean0, 'optional', arg0, v)
        v = get('carryover', _MISSING)
        if v is _MISSING:
            f1 = default1
        elif type(v) is float and v - v == 0:
            f1 = v
        else:
            f1 = _slow(clean1, 'optional', arg1, v)
        v = get('current_year', _MISSING)
        if v is _MISSING:
            f2 = default2
        elif type(v) is float and v - v == 0:
            f2 = v
        else:
            f2 = _slow(clean2, 'optional', arg2, v)
        v = get('other', _MISSING)
        if v is _MISSING:
            f3 = default3
        elif type(v) is float and v - v == 0:
            f3 = v
        else:
            f3 = _slow(clean3, 'optional', arg3, v)
        obj = cls.__new__(cls)
        obj.__dict__ = {
            'total': f0,
            'carryover': f1,
            'current_year': f2,
            'other': f3,
        }
        return obj

    return read


PLAINBUDGETITEM_FIELDS = (
    ('name', 'str', 'clean_text', 'value'),
    ('amount', 'optional', 'clean_amount', 'value'),
    ('start', 'str', 'clean_month', 'value'),
    ('end', 'str', 'clean_month', 'value'),
)


def make_PlainBudgetItem(cls, NotPlain, _MISSING, _slow, _fresh, _texts, _READ, fields):
    clean0, arg0, default0, memo0 = fields[0]
    clean1, arg1, default1, memo1 = fields[1]
    clean2, arg2, default2, memo2 = fields[2]
    clean3, arg3, default3, memo3 = fields[3]

    def read(data):
        if type(data) is not dict:
            raise NotPlain
        get = data.get
        v = get('name', _MISSING)
        if v is _MISSING:
            f0 = default0
        else:
            try:
                f0 = memo0.get(v)
            except TypeError:      # (a list or an object: no text)
                f0 = None
            if f0 is None:
                f0 = _fresh(memo0, clean0, 'str', arg0, v) if type(v) is str else _slow(clean0, 'str', arg0, v)
        v = get('amount', _MISSING)
        if v is _MISSING:
            f1 = default1
        elif type(v) is float and v - v == 0:
            f1 = v
        else:
            f1 = _slow(clean1, 'optional', arg1, v)
        v = get('start', _MISSING)
        if v is _MISSING:
            f2 = default2
        else:
            try:
                f2 = memo2.get(v)
            except TypeError:      # (a list or an object: no text)
                f2 = None
            if f2 is None:
                f2 = _fresh(memo2, clean2, 'str', arg2, v) if type(v) is str else _slow(clean2, 'str', arg2, v)
        v = get('end', _MISSING)
        if v is _MISSING:
            f3 = default3
        else:
            try:
                f3 = memo3.get(v)
            except TypeError:      # (a list or an object: no text)
                f3 = None
            if f3 is None:
                f3 = _fresh(memo3, clean3, 'str', arg3, v) if type(v) is str else _slow(clean3, 'str', arg3, v)
        obj = cls.__new__(cls)
        obj.__dict__ = {
            'name': f0,
            'amount': f1,
            'start': f2,
            'end': f3,
        }
        return obj

    return read


PLAINGOALS_FIELDS = (
    ('long_term', 'strs', 'clean_goals', 'list'),
    ('annual', 'strs', 'clean_goals', 'list'),
)


def make_PlainGoals(cls, NotPlain, _MISSING, _slow, _fresh, _texts, _READ, fields):
    clean0, arg0, default0, memo0 = fields[0]
    clean1, arg1, default1, memo1 = fields[1]

    def read(data):
        if type(data) is not dict:
            raise NotPlain
        get = data.get
        v = get('long_term', _MISSING)
        if v is _MISSING:
            f0 = []
        elif type(v) is list:
            f0 = _texts(memo0, v)
            if f0 is None:
                f0 = _slow(clean0, 'strs', arg0, v)
        else:
            f0 = _slow(clean0, 'strs', arg0, v)
        v = get('annual', _MISSING)
        if v is _MISSING:
            f1 = []
        elif type(v) is list:
            f1 = _texts(memo1, v)
            if f1 is None:
                f1 = _slow(clean1, 'strs', arg1, v)
        else:
            f1 = _slow(clean1, 'strs', arg1, v)
        obj = cls.__new__(cls)
        obj.__dict__ = {
            'long_term': f0,
            'annual': f1,
        }
        return obj

    return read


PLAININDICATOR_FIELDS = (
    ('scope', 'literal', 'clean_scope', 'value'),
    ('level1', 'str', 'clean_text', 'value'),
    ('level2', 'str', 'clean_text', 'value'),
    ('name', 'str', 'clean_text', 'value'),
    ('value', 'str', 'clean_text', 'value'),
)


def make_PlainIndicator(cls, NotPlain, _MISSING, _slow, _fresh, _texts, _READ, fields):
    clean0, arg0, default0, memo0 = fields[0]
    clean1, arg1, default1, memo1 = fields[1]
    clean2, arg2, default2, memo2 = fields[2]
    clean3, arg3, default3, memo3 = fields[3]
    clean4, arg4, default4, memo4 = fields[4]

    def read(data):
        if type(data) is not dict:
            raise NotPlain
        get = data.get
        v = get('scope', _MISSING)
        if v is _MISSING:
            f0 = default0
        else:
            try:
                f0 = memo0.get(v)
            except TypeError:      # (a list or an object: no text)
                f0 = None
            if f0 is None:
                f0 = _fresh(memo0, clean0, 'literal', arg0, v) if type(v) is str else _slow(clean0, 'literal', arg0, v)
        v = get('level1', _MISSING)
        if v is _MISSING:
            f1 = default1
        else:
            try:
                f1 = memo1.get(v)
            except TypeError:      # (a list or an object: no text)
                f1 = None
            if f1 is None:
                f1 = _fresh(memo1, clean1, 'str', arg1, v) if type(v) is str else _slow(clean1, 'str', arg1, v)
        v = get('level2', _MISSING)
        if v is _MISSING:
            f2 = default2
        else:
            try:
                f2 = memo2.get(v)
            except TypeError:      # (a list or an object: no text)
                f2 = None
            if f2 is None:
                f2 = _fresh(memo2, clean2, 'str', arg2, v) if type(v) is str else _slow(clean2, 'str', arg2, v)
        v = get('name', _MISSING)
        if v is _MISSING:
            f3 = default3
        else:
            try:
                f3 = memo3.get(v)
            except TypeError:      # (a list or an object: no text)
                f3 = None
            if f3 is None:
                f3 = _fresh(memo3, clean3, 'str', arg3, v) if type(v) is str else _slow(clean3, 'str', arg3, v)
        v = get('value', _MISSING)
        if v is _MISSING:
            f4 = default4
        else:
            try:
                f4 = memo4.get(v)
            except TypeError:      # (a list or an object: no text)
                f4 = None
            if f4 is None:
                f4 = _fresh(memo4, clean4, 'str', arg4, v) if type(v) is str else _slow(clean4, 'str', arg4, v)
        obj = cls.__new__(cls)
        obj.__dict__ = {
            'scope': f0,
            'level1': f1,
            'level2': f2,
            'name': f3,
            'value': f4,
        }
        return obj

    return read


PLAINDECLARATION_FIELDS = (
    ('year', 'optional', 'clean_year', 'value'),
    ('project_name', 'str', 'clean_text', 'value'),
    ('department', 'str', 'clean_text', 'value'),
    ('department_code', 'str', 'clean_text', 'value'),
    ('department_head', 'str', 'clean_text', 'value'),
    ('department_phone', 'str', 'clean_text', 'value'),
    ('unit', 'str', 'clean_text', 'value'),
    ('unit_head', 'str', 'clean_text', 'value'),
    ('unit_phone', 'str', 'clean_text', 'value'),
    ('unit_functions', 'str', 'clean_text', 'value'),
    ('function_code', 'str', 'clean_code', 'value'),
    ('attribute', 'str', 'clean_attribute', 'value'),
    ('start', 'str', 'clean_month', 'value'),
    ('end', 'str', 'clean_month', 'value'),
    ('overview', 'str', 'clean_text', 'value'),
    ('basis', 'str', 'clean_text', 'value'),
    ('necessity', 'str', 'clean_text', 'value'),
    ('funding', 'model', 'object_or_empty', 'model'),
    ('budget_items', 'models', 'list_or_empty', 'list'),
    ('goals', 'model', 'object_or_empty', 'model'),
    ('indicators', 'models', 'list_or_empty', 'list'),
    ('filler', 'str', 'clean_text', 'value'),
    ('fill_date', 'str', 'clean_fill_date', 'value'),
)


def make_PlainDeclaration(cls, NotPlain, _MISSING, _slow, _fresh, _texts, _READ, fields):
    clean0, arg0, default0, memo0 = fields[0]
    clean1, arg1, default1, memo1 = fields[1]
    clean2, arg2, default2, memo2 = fields[2]
    clean3, arg3, default3, memo3 = fields[3]
    clean4, arg4, default4, memo4 = fields[4]
    clean5, arg5, default5, memo5 = fields[5]
    clean6, arg6, default6, memo6 = fields[6]
    clean7, arg7, default7, memo7 = fields[7]
    clean8, arg8, default8, memo8 = fields[8]
    clean9, arg9, default9, memo9 = fields[9]
    clean10, arg10, default10, memo10 = fields[10]
    clean11, arg11, default11, memo11 = fields[11]
    clean12, arg12, default12, memo12 = fields[12]
    clean13, arg13, default13, memo13 = fields[13]
    clean14, arg14, default14, memo14 = fields[14]
    clean15, arg15, default15, memo15 = fields[15]
    clean16, arg16, default16, memo16 = fields[16]
    clean17, arg17, default17, memo17 = fields[17]
    clean18, arg18, default18, memo18 = fields[18]
    clean19, arg19, default19, memo19 = fields[19]
    clean20, arg20, default20, memo20 = fields[20]
    clean21, arg21, default21, memo21 = fields[21]
    clean22, arg22, default22, memo22 = fields[22]

    def read(data):
        if type(data) is not dict:
            raise NotPlain
        get = data.get
        v = get('year', _MISSING)
        if v is _MISSING:
            f0 = default0
        elif type(v) is int:
            f0 = v
        else:
            f0 = _slow(clean0, 'optional', arg0, v)
        v = get('project_name', _MISSING)
        if v is _MISSING:
            f1 = default1
        else:
            try:
                f1 = memo1.get(v)
            except TypeError:      # (a list or an object: no text)
                f1 = None
            if f1 is None:
                f1 = _fresh(memo1, clean1, 'str', arg1, v) if type(v) is str else _slow(clean1, 'str', arg1, v)
        v = get('department', _MISSING)
        if v is _MISSING:
            f2 = default2
        else:
            try:
                f2 = memo2.get(v)
            except TypeError:      # (a list or an object: no text)
                f2 = None
            if f2 is None:
                f2 = _fresh(memo2, clean2, 'str', arg2, v) if type(v) is str else _slow(clean2, 'str', arg2, v)
        v = get('department_code', _MISSING)
        if v is _MISSING:
            f3 = default3
        else:
            try:
                f3 = memo3.get(v)
            except TypeError:      # (a list or an object: no text)
                f3 = None
            if f3 is None:
                f3 = _fresh(memo3, clean3, 'str', arg3, v) if type(v) is str else _slow(clean3, 'str', arg3, v)
        v = get('department_head', _MISSING)
        if v is _MISSING:
            f4 = default4
        else:
            try:
                f4 = memo4.get(v)
            except TypeError:      # (a list or an object: no text)
                f4 = None
            if f4 is None:
                f4 = _fresh(memo4, clean4, 'str', arg4, v) if type(v) is str else _slow(clean4, 'str', arg4, v)
        v = get('department_phone', _MISSING)
        if v is _MISSING:
            f5 = default5
        else:
            try:
                f5 = memo5.get(v)
            except TypeError:      # (a list or an object: no text)
                f5 = None
            if f5 is None:
                f5 = _fresh(memo5, clean5, 'str', arg5, v) if type(v) is str else _slow(clean5, 'str', arg5, v)
        v = get('unit', _MISSING)
        if v is _MISSING:
            f6 = default6
        else:
            try:
                f6 = memo6.get(v)
            except TypeError:      # (a list or an object: no text)
                f6 = None
            if f6 is None:
                f6 = _fresh(memo6, clean6, 'str', arg6, v) if type(v) is str else _slow(clean6, 'str', arg6, v)
        v = get('unit_head', _MISSING)
        if v is _MISSING:
            f7 = default7
        else:
            try:
                f7 = memo7.get(v)
            except TypeError:      # (a list or an object: no text)
                f7 = None
            if f7 is None:
                f7 = _fresh(memo7, clean7, 'str', arg7, v) if type(v) is str else _slow(clean7, 'str', arg7, v)
        v = get('unit_phone', _MISSING)
        if v is _MISSING:
            f8 = default8
        else:
            try:
                f8 = memo8.get(v)
            except TypeError:      # (a list or an object: no text)
                f8 = None
            if f8 is None:
                f8 = _fresh(memo8, clean8, 'str', arg8, v) if type(v) is str else _slow(clean8, 'str', arg8, v)
        v = get('unit_functions', _MISSING)
        if v is _MISSING:
            f9 = default9
        else:
            try:
                f9 = memo9.get(v)
            except TypeError:      # (a list or an object: no text)
                f9 = None
            if f9 is None:
                f9 = _fresh(memo9, clean9, 'str', arg9, v) if type(v) is str else _slow(clean9, 'str', arg9, v)
        v = get('function_code', _MISSING)
        if v is _MISSING:
            f10 = default10
        else:
            try:
                f10 = memo10.get(v)
            except TypeError:      # (a list or an object: no text)
                f10 = None
            if f10 is None:
                f10 = _fresh(memo10, clean10, 'str', arg10, v) if type(v) is str else _slow(clean10, 'str', arg10, v)
        v = get('attribute', _MISSING)
        if v is _MISSING:
            f11 = default11
        else:
            try:
                f11 = memo11.get(v)
            except TypeError:      # (a list or an object: no text)
                f11 = None
            if f11 is None:
                f11 = _fresh(memo11, clean11, 'str', arg11, v) if type(v) is str else _slow(clean11, 'str', arg11, v)
        v = get('start', _MISSING)
        if v is _MISSING:
            f12 = default12
        else:
            try:
                f12 = memo12.get(v)
            except TypeError:      # (a list or an object: no text)
                f12 = None
            if f12 is None:
                f12 = _fresh(memo12, clean12, 'str', arg12, v) if type(v) is str else _slow(clean12, 'str', arg12, v)
        v = get('end', _MISSING)
        if v is _MISSING:
            f13 = default13
        else:
            try:
                f13 = memo13.get(v)
            except TypeError:      # (a list or an object: no text)
                f13 = None
            if f13 is None:
                f13 = _fresh(memo13, clean13, 'str', arg13, v) if type(v) is str else _slow(clean13, 'str', arg13, v)
        v = get('overview', _MISSING)
        if v is _MISSING:
            f14 = default14
        else:
            try:
                f14 = memo14.get(v)
            except TypeError:      # (a list or an object: no text)
                f14 = None
            if f14 is None:
                f14 = _fresh(memo14, clean14, 'str', arg14, v) if type(v) is str else _slow(clean14, 'str', arg14, v)
        v = get('basis', _MISSING)
        if v is _MISSING:
            f15 = default15
        else:
            try:
                f15 = memo15.get(v)
            except TypeError:      # (a list or an object: no text)
                f15 = None
            if f15 is None:
                f15 = _fresh(memo15, clean15, 'str', arg15, v) if type(v) is str else _slow(clean15, 'str', arg15, v)
        v = get('necessity', _MISSING)
        if v is _MISSING:
            f16 = default16
        else:
            try:
                f16 = memo16.get(v)
            except TypeError:      # (a list or an object: no text)
                f16 = None
            if f16 is None:
                f16 = _fresh(memo16, clean16, 'str', arg16, v) if type(v) is str else _slow(clean16, 'str', arg16, v)
        v = get('funding', _MISSING)
        if v is _MISSING:
            f17 = _READ[default17]({})
        elif type(v) is dict:
            f17 = _READ[arg17](v)
        else:
            f17 = _slow(clean17, 'model', arg17, v)
        v = get('budget_items', _MISSING)
        if v is _MISSING:
            f18 = []
        elif type(v) is list:
            read18 = _READ[arg18]
            f18 = [read18(x) for x in v]
        else:
            f18 = _slow(clean18, 'models', arg18, v)
        v = get('goals', _MISSING)
        if v is _MISSING:
            f19 = _READ[default19]({})
        elif type(v) is dict:
            f19 = _READ[arg19](v)
        else:
            f19 = _slow(clean19, 'model', arg19, v)
        v = get('indicators', _MISSING)
        if v is _MISSING:
            f20 = []
        elif type(v) is list:
            read20 = _READ[arg20]
            f20 = [read20(x) for x in v]
        else:
            f20 = _slow(clean20, 'models', arg20, v)
        v = get('filler', _MISSING)
        if v is _MISSING:
            f21 = default21
        else:
            try:
                f21 = memo21.get(v)
            except TypeError:      # (a list or an object: no text)
                f21 = None
            if f21 is None:
                f21 = _fresh(memo21, clean21, 'str', arg21, v) if type(v) is str else _slow(clean21, 'str', arg21, v)
        v = get('fill_date', _MISSING)
        if v is _MISSING:
            f22 = default22
        else:
            try:
                f22 = memo22.get(v)
            except TypeError:      # (a list or an object: no text)
                f22 = None
            if f22 is None:
                f22 = _fresh(memo22, clean22, 'str', arg22, v) if type(v) is str else _slow(clean22, 'str', arg22, v)
        obj = cls.__new__(cls)
        obj.__dict__ = {
            'year': f0,
            'project_name': f1,
            'department': f2,
            'department_code': f3,
            'department_head': f4,
            'department_phone': f5,
            'unit': f6,
            'unit_head': f7,
            'unit_phone': f8,
            'unit_functions': f9,
            'function_code': f10,
            'attribute': f11,
            'start': f12,
            'end': f13,
            'overview': f14,
            'basis': f15,
            'necessity': f16,
            'funding': f17,
            'budget_items': f18,
            'goals': f19,
            'indicators': f20,
            'filler': f21,
            'fill_date': f22,
        }
        return obj

    return read

"""TA-Lib's own description of every function, read from the PyPI wheel.

Names, groups, inputs, outputs and defaults come from talib.abstract; parameter ranges from
the bundled C library's TA_GetOptInputParameterInfo (the Python wrapper does not expose them).
Shared by generate_catalog.py and generate_fixtures.py.
"""
import ctypes
import glob
import os

import talib
import talib.abstract as abstract

_PAIR_NAMES = {"price": "real", "price0": "real0", "price1": "real1", "periods": "periods"}


class _OptInfo(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("paramName", ctypes.c_char_p), ("flags", ctypes.c_int),
                ("displayName", ctypes.c_char_p), ("dataSet", ctypes.c_void_p),
                ("defaultValue", ctypes.c_double), ("hint", ctypes.c_char_p), ("helpFile", ctypes.c_char_p)]


class _IntRange(ctypes.Structure):
    _fields_ = [("min", ctypes.c_int), ("max", ctypes.c_int)]


class _RealRange(ctypes.Structure):
    _fields_ = [("min", ctypes.c_double), ("max", ctypes.c_double)]


class _IntegerPair(ctypes.Structure):
    _fields_ = [("value", ctypes.c_int), ("string", ctypes.c_char_p)]


class _IntegerList(ctypes.Structure):
    _fields_ = [("data", ctypes.POINTER(_IntegerPair)), ("count", ctypes.c_uint)]


def _library():
    libs = os.path.join(os.path.dirname(os.path.dirname(talib.__file__)), "ta_lib.libs")
    lib = ctypes.CDLL(glob.glob(os.path.join(libs, "libta-lib*.so*"))[0])
    lib.TA_Initialize()
    return lib


_LIB = _library()


def _ranges(name):
    handle = ctypes.c_void_p()
    assert _LIB.TA_GetFuncHandle(name.encode(), ctypes.byref(handle)) == 0, name
    count = talib._ta_lib._ta_getFuncInfo(name.encode())["num_opt_inputs"]
    ranges = []
    for index in range(count):
        info = ctypes.POINTER(_OptInfo)()
        assert _LIB.TA_GetOptInputParameterInfo(handle, index, ctypes.byref(info)) == 0
        info = info.contents
        if info.type == 2:
            data = ctypes.cast(info.dataSet, ctypes.POINTER(_IntRange)).contents
            ranges.append(("integer", data.min, data.max))
        elif info.type == 0:
            data = ctypes.cast(info.dataSet, ctypes.POINTER(_RealRange)).contents
            ranges.append(("real", data.min, data.max))
        else:  # the moving-average type list: 0 SMA … 13 RMA in TA-Lib 0.8
            data = ctypes.cast(info.dataSet, ctypes.POINTER(_IntegerList)).contents
            values = [data.data[item].value for item in range(data.count)]
            assert values == list(range(len(values))), values
            ranges.append(("matype", values[0], values[-1]))
    return ranges


def function_info(name):
    """A dict describing one function, in the shape of Indicators.FunctionInfo."""
    function = abstract.Function(name)
    info = function.info
    inputs = []
    for key, value in info["input_names"].items():
        if isinstance(value, (list, tuple)):
            inputs += [{"name": column, "defaultColumn": column} for column in value]
        else:
            column = value if value in ("open", "high", "low", "close", "volume") else None
            inputs.append({"name": _PAIR_NAMES[key], "defaultColumn": column})
    parameters = []
    raw = talib._ta_lib
    for index, (kind, low, high) in enumerate(_ranges(name)):
        meta = raw._ta_getOptInputParameterInfo(name.encode(), index)
        parameters.append({"name": meta["name"], "kind": kind, "default": float(meta["default_value"]),
                           "minimum": float(low), "maximum": float(high),
                           "displayName": meta["display_name"], "help": meta["help"]})
    outputs = []
    integer = _integer_outputs(name)
    for index, output in enumerate(info["output_names"]):
        meta = raw._ta_getOutputParameterInfo(name.encode(), index)
        outputs.append({"name": output, "isInteger": integer[index],
                        "flags": list(meta["flags"])})
    return {"name": name, "group": info["group"], "displayName": info["display_name"],
            "inputs": inputs, "parameters": parameters, "outputs": outputs}


def _integer_outputs(name):
    """Which outputs the wrapper returns as int32 arrays (patterns, indices, trend mode)."""
    import numpy
    series = numpy.linspace(1.0, 2.0, 200)
    columns = {"open": series, "high": series + 1, "low": series - 0.5, "close": series,
               "volume": series * 100, "periods": numpy.full(200, 5.0)}
    result = abstract.Function(name)(columns)
    result = result if isinstance(result, list) else [result]
    return [array.dtype.kind == "i" for array in result]


def all_functions():
    return [function_info(name) for name in talib.get_functions()]

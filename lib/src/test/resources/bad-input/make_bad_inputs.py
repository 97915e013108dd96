"""Writes the bad inputs next to this script, each one mistake away from base.model.json.

base.model.json is verbatim Keras 3.15.1 `model.to_json()` of a small valid Sequential model
(Input 32x32x3, Conv2D 8 3x3, BatchNormalization, MaxPooling2D 2, Flatten, Dense 10; Keras
counts 18,266 params). Run with any Python 3: `python3 make_bad_inputs.py`. Standard library
only, deterministic output.
"""
import copy
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(HERE, "base.model.json")) as f:
    BASE_TEXT = f.read()
BASE = json.loads(BASE_TEXT)


def layer(model, name):
    return next(l for l in model["config"]["layers"] if l["config"].get("name") == name)


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(HERE, name), mode) as f:
        f.write(data)


def mutate(name, edit):
    model = copy.deepcopy(BASE)
    edit(model)
    write(name, json.dumps(model))


def set_field(layer_name, field, value):
    def edit(model):
        layer(model, layer_name)["config"][field] = value
    return edit


def zip_bytes(entries):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for entry, content in entries:
            info = zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0))
            z.writestr(info, content)
    return buffer.getvalue()


# Files that are not model JSON at all.
write("empty.json", "")
write("whitespace-only.json", "  \n\t\n")
write("binary-not-json.json", bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + bytes(range(256)))
write("text-not-json.json", "Model: \"sequential\"\nconv2d (Conv2D)  (None, 55, 55, 96)  34944\n")
write("truncated.model.json", BASE_TEXT[: len(BASE_TEXT) // 2])
write("trailing-garbage.model.json", BASE_TEXT + " }")
write("huge-digits.model.json", BASE_TEXT.replace('"filters": 8', '"filters": ' + "9" * 5000, 1))

# JSON of the wrong structure.
write("top-level-array.model.json", json.dumps([BASE]))
mutate("missing-config.model.json", lambda m: m.pop("config"))
mutate("layers-not-a-list.model.json",
       lambda m: m["config"].update(layers={l["config"]["name"]: l for l in m["config"]["layers"]}))
mutate("layer-without-class-name.model.json", lambda m: layer(m, "conv2d").pop("class_name"))
mutate("functional.model.json", lambda m: m.update(class_name="Functional"))


def unsupported(model):
    flatten = layer(model, "flatten")
    flatten["class_name"] = "LSTM"
    flatten["config"]["name"] = "lstm"
    flatten["config"]["units"] = 16


mutate("unsupported-layer.model.json", unsupported)

# Bad field values.
mutate("negative-filters.model.json", set_field("conv2d", "filters", -8))
mutate("zero-units.model.json", set_field("dense", "units", 0))
mutate("zero-kernel.model.json", set_field("conv2d", "kernel_size", [0, 3]))
mutate("zero-strides.model.json", set_field("max_pooling2d", "strides", [0, 0]))
mutate("string-filters.model.json", set_field("conv2d", "filters", "8"))
mutate("fractional-filters.model.json", set_field("conv2d", "filters", 8.5))
mutate("huge-filters.model.json", set_field("conv2d", "filters", 99999999999999999999))
mutate("unknown-padding.model.json", set_field("conv2d", "padding", "full"))
mutate("unknown-data-format.model.json", set_field("max_pooling2d", "data_format", "channels_middle"))
mutate("string-use-bias.model.json", set_field("dense", "use_bias", "yes"))
mutate("groups-not-dividing-channels.model.json", set_field("conv2d", "groups", 2))
mutate("kernel-larger-than-input.model.json", set_field("conv2d", "kernel_size", [33, 33]))
mutate("pool-larger-than-input.model.json", set_field("max_pooling2d", "pool_size", [31, 31]))
mutate("zero-input-dimension.model.json", lambda m: m["config"]["layers"][0]["config"].update(batch_shape=[None, 0, 32, 3]))
mutate("batch-norm-two-axes.model.json", set_field("batch_normalization", "axis", [1, 2]))


def no_input_shape(model):
    model["config"]["layers"].pop(0)  # the InputLayer
    model["config"].pop("build_input_shape", None)
    model.pop("build_config", None)
    for l in model["config"]["layers"]:
        l.pop("build_config", None)


mutate("no-input-shape.model.json", no_input_shape)

# .keras files that are not what they claim.
write("not-a-zip.keras", BASE_TEXT)
write("hdf5-not-a-zip.keras", b"\x89HDF\r\n\x1a\n" + bytes(64))
write("no-config-json.keras", zip_bytes([("metadata.json", '{"keras_version": "3.15.1"}'), ("model.weights.h5", b"")]))
write("corrupt-zip.keras", zip_bytes([("config.json", BASE_TEXT)])[:60])

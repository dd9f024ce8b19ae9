"""The words the passphrase generator draws from: 256 short, common, unambiguous English
nouns (8 bits each), so a generated passphrase is easy to read aloud and to type."""

from __future__ import annotations

WORDS: tuple[str, ...] = (
    "acorn", "acre", "anchor", "apple", "arrow", "aster", "autumn", "badger", "bakery",
    "bamboo", "banner", "barley", "basil", "basket", "beacon", "beaver", "berry", "bicycle",
    "birch", "bison", "blanket", "blossom", "bonfire", "bottle", "boulder", "bramble",
    "bridge", "brook", "bucket", "buffalo", "cabin", "cactus", "candle", "canoe", "canyon",
    "carpet", "carrot", "castle", "cedar", "cellar", "chalk", "cherry", "chimney", "cider",
    "circus", "cliff", "clover", "cobalt", "cobble", "comet", "copper", "coral", "cotton",
    "cove", "cradle", "crater", "cricket", "crystal", "cupboard", "dahlia", "daisy", "dawn",
    "delta", "desert", "dolphin", "donkey", "dragon", "drum", "dune", "eagle", "elk", "ember",
    "engine", "falcon", "feather", "fennel", "fern", "ferry", "fiddle", "finch", "fjord",
    "flame", "flint", "fog", "forest", "fossil", "fountain", "fox", "garden", "garnet",
    "gecko", "ginger", "glacier", "globe", "goose", "gorse", "granite", "grape", "gravel",
    "grove", "gull", "harbour", "harvest", "hawk", "hazel", "hemp", "heron", "hill", "honey",
    "horizon", "inlet", "iris", "island", "ivory", "jacket", "jade", "jasmine", "jelly",
    "juniper", "kayak", "kelp", "kettle", "kiwi", "ladder", "lagoon", "lantern", "larch",
    "lark", "lemon", "lichen", "lighthouse", "lily", "linen", "lobster", "locket", "loom",
    "lotus", "lynx", "magnet", "mango", "maple", "marble", "marsh", "meadow", "melon", "mill",
    "mirror", "mitten", "mole", "moose", "moss", "mountain", "mushroom", "nectar", "needle",
    "nest", "nettle", "newt", "nutmeg", "oak", "oasis", "ocean", "olive", "onion", "opal",
    "orbit", "orchard", "otter", "owl", "paddle", "pearl", "pebble", "pepper", "piano",
    "pillow", "pine", "planet", "plum", "pocket", "pond", "poppy", "potato", "prism",
    "pumpkin", "puzzle", "quail", "quarry", "quill", "rabbit", "radish", "raft", "rainbow",
    "raven", "reed", "ribbon", "river", "robin", "rocket", "rose", "rye", "saddle", "saffron",
    "sage", "salmon", "sapling", "satchel", "seal", "shell", "shore", "silver", "sledge",
    "snail", "sorrel", "sparrow", "spire", "spruce", "squirrel", "star", "stone", "straw",
    "stream", "summit", "sunrise", "swallow", "swan", "tablet", "teapot", "tern", "thistle",
    "thunder", "thyme", "tiger", "timber", "tomato", "torch", "tortoise", "tower", "trail",
    "tulip", "tundra", "turnip", "umbrella", "valley", "velvet", "violet", "vole", "walnut",
    "walrus", "warbler", "water", "wheat", "whistle", "willow", "window", "winter", "wolf",
)  # fmt: skip

"""The municipalities' share of the member financing, split by population (largest remainder,
whole kronor): the same rule the report's contributions note states."""


def municipal_split(total_ore, populations):
    """[(name, population)] → [(name, öre)], whole kronor, summing exactly to total_ore."""
    kronor = total_ore // 100
    assert kronor * 100 == total_ore
    people = sum(p for _, p in populations)
    exact = [(name, kronor * p) for name, p in populations]
    floors = [(name, value // people, value % people) for name, value in exact]
    missing = kronor - sum(f for _, f, _ in floors)
    order = sorted(range(len(floors)), key=lambda i: (-floors[i][2], i))
    extra = set(order[:missing])
    return [(name, (f + (1 if i in extra else 0)) * 100) for i, (name, f, _) in enumerate(floors)]

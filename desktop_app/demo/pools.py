"""Name, address and phone pools for the demo office, drawn once from seeded Faker locales.

Faker is slow per call, so each locale fills a few thousand entries once and the
generator then draws from these lists with its own random.Random: fast and, for one
Faker version, deterministic. Nothing here is a hand-made list of people or places.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field

# Office language (presets.OFFICES) → Faker locale.
FAKER_LOCALES = {"es": "es_ES", "fr": "fr_FR", "pt_BR": "pt_BR"}

POOL_NAMES = 3000
POOL_STREETS = 3000
POOL_PLACES = 600
POOL_PHONES = 1500
POOL_COMPANIES = 400


def ascii_fold(text: str) -> str:
    """'Peña-Álvarez' → 'pena-alvarez', for e-mail addresses and logins."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in "-")


@dataclass
class LocalePool:
    """What a locale's Faker produced once: draw from it with the generator's rng."""

    locale: str
    country: str
    first_names: list[str] = field(default_factory=list)
    last_names: list[str] = field(default_factory=list)
    # ascii-folded twins of the names above, same positions, for e-mail addresses
    first_ascii: list[str] = field(default_factory=list)
    last_ascii: list[str] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)
    places: list[tuple[str, str]] = field(default_factory=list)  # (city, postal code)
    phones: list[str] = field(default_factory=list)
    companies: list[str] = field(default_factory=list)
    person_ids: list[str] = field(default_factory=list)  # NIF / CPF, '' where none
    company_ids: list[str] = field(default_factory=list)  # CIF / SIRET / CNPJ
    email_domains: list[str] = field(default_factory=list)
    plates: list[str] = field(default_factory=list)
    vins: list[str] = field(default_factory=list)


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


@functools.lru_cache(maxsize=8)
def build_pool(language: str, country: str, seed: int) -> LocalePool:
    """Cached per process: pools are only ever read."""
    from faker import Faker

    locale = FAKER_LOCALES[language]
    fake = Faker(locale)
    fake.seed_instance(seed)
    pool = LocalePool(locale=locale, country=country)
    pool.first_names = _unique([fake.first_name() for _ in range(POOL_NAMES)])
    if language == "es":
        # Spanish people carry two surnames.
        pool.last_names = _unique([f"{fake.last_name()} {fake.last_name()}" for _ in range(POOL_NAMES)])
    else:
        pool.last_names = _unique([fake.last_name() for _ in range(POOL_NAMES)])
    pool.first_ascii = [ascii_fold(n) or "x" for n in pool.first_names]
    pool.last_ascii = [ascii_fold(n.split(" ")[-1]) or "x" for n in pool.last_names]
    pool.streets = _unique([fake.street_address() for _ in range(POOL_STREETS)])
    places: dict[str, str] = {}
    for _ in range(POOL_PLACES):
        places.setdefault(fake.city().strip(), fake.postcode().strip())
    pool.places = sorted(places.items())
    pool.phones = [fake.phone_number() for _ in range(POOL_PHONES)]
    pool.companies = _unique([fake.company() for _ in range(POOL_COMPANIES)])
    pool.email_domains = _unique([fake.free_email_domain() for _ in range(40)])
    pool.plates = [fake.license_plate() for _ in range(POOL_PHONES)]
    pool.vins = [fake.vin() for _ in range(POOL_PHONES)]
    if language == "es":
        # Faker's es_ES nif()/cif() draw from the global random module: not reproducible.
        pool.person_ids = [_nif(fake.random.randrange(10**8)) for _ in range(POOL_PHONES)]
        pool.company_ids = [_cif(fake.random.choice("AB"), fake.random.randrange(10**7))
                            for _ in range(POOL_COMPANIES)]
    elif language == "pt_BR":
        pool.person_ids = [fake.cpf() for _ in range(POOL_PHONES)]
        pool.company_ids = [fake.cnpj() for _ in range(POOL_COMPANIES)]
    else:
        pool.person_ids = [""]
        pool.company_ids = [fake.siret() for _ in range(POOL_COMPANIES)]
    return pool


def _nif(number: int) -> str:
    """A Spanish NIF: eight digits and their check letter."""
    return f"{number:08d}{'TRWAGMYFPDXBNJZSQVHLCKE'[number % 23]}"


def _cif(letter: str, number: int) -> str:
    """A Spanish company CIF (A: S.A., B: S.L.): letter, seven digits, check digit."""
    digits = f"{number:07d}"
    total = sum(int(d) for d in digits[1::2])
    total += sum(sum(divmod(int(d) * 2, 10)) for d in digits[0::2])
    return f"{letter}{digits}{(10 - total % 10) % 10}"


def build_pools(languages: dict[str, str], seed: int) -> dict[str, LocalePool]:
    """One pool per office language; `languages` maps language → country."""
    return {language: build_pool(language, country, seed + index)
            for index, (language, country) in enumerate(sorted(languages.items()))}

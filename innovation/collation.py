"""Sort keys that order names as a reader of the UI language expects (Vietnamese alphabet, accents second).

A small stand-in for ICU's collation (which needs system libraries) covering Latin-script names: it
follows CLDR's root order (spaces and punctuation before digits before letters; accents and case only
break ties) and CLDR's Vietnamese tailoring (ă â đ ê ô ơ ư are letters of their own; tones secondary).
"""

from __future__ import annotations

import unicodedata

from babel import Locale

LATIN_ALPHABET = "abcdefghijklmnopqrstuvwxyz"
# f, j, w and z are not Vietnamese letters but occur in foreign names: they keep their Latin places.
VIETNAMESE_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# The marks that make a new Vietnamese letter of a, e, o, u; tone marks stay a secondary difference.
LETTER_MARKS = frozenset("\u0306\u0302\u031b")  # breve, circumflex, horn
# CLDR's Vietnamese tone order: level (no mark), huyền, hỏi, ngã, sắc, nặng.
VIETNAMESE_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Latin letters Unicode does not decompose: what they sort as, and the mark that tells them apart.
UNDECOMPOSED = {
    "đ": ("d", "\u0335"),
    "ð": ("d", "\u0335"),
    "ħ": ("h", "\u0335"),
    "ł": ("l", "\u0335"),
    "ø": ("o", "\u0338"),
    "ı": ("i", "\u0307"),
    "æ": ("ae", ""),
    "œ": ("oe", ""),
    "ß": ("ss", ""),
    "þ": ("th", ""),
}
SPACE_WEIGHT = 1
PUNCTUATION_WEIGHT = 2
DIGIT_WEIGHT = 10
LETTER_WEIGHT = 100
OTHER_WEIGHT = 1000

SortKey = tuple[tuple[int, ...], tuple[tuple[int, ...], ...], tuple[int, ...], str]


def _clusters(text: str) -> list[tuple[str, str]]:
    """Each base character of the decomposed text with the combining marks that follow it."""
    clusters: list[tuple[str, str]] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and clusters:
            base, marks = clusters[-1]
            clusters[-1] = (base, marks + char)
        else:
            clusters.append((char, ""))
    return clusters


def _primary(letter: str, alphabet: str) -> int:
    if letter in alphabet:
        return LETTER_WEIGHT + alphabet.index(letter)
    if letter.isdigit():
        return DIGIT_WEIGHT + unicodedata.digit(letter, 0)
    if letter.isspace():
        return SPACE_WEIGHT
    if not letter.isalnum():
        return PUNCTUATION_WEIGHT
    return OTHER_WEIGHT + ord(letter)


def sort_key(text: str, locale: Locale | str) -> SortKey:
    """A key for `sorted()` that orders `text` the way readers of `locale` expect.

    Letters compare first, then accents (Vietnamese tones in their dictionary order), then case (lower
    before upper); the text itself breaks any remaining tie so that the order is stable.
    """
    vietnamese = Locale.parse(locale).language == "vi"
    alphabet = VIETNAMESE_ALPHABET if vietnamese else LATIN_ALPHABET
    tones = VIETNAMESE_TONES if vietnamese else {}
    primary: list[int] = []
    secondary: list[tuple[int, ...]] = []
    tertiary: list[int] = []
    for base, marks in _clusters(text):
        letter = base.lower()
        case = int(letter != base)
        if vietnamese:
            for mark in marks:
                composed = unicodedata.normalize("NFC", letter + mark)
                if mark in LETTER_MARKS and len(composed) == 1 and composed in alphabet:
                    letter, marks = composed, marks.replace(mark, "", 1)
                    break
        if letter in UNDECOMPOSED and letter not in alphabet:  # đ is a letter of its own in Vietnamese
            letter, extra_mark = UNDECOMPOSED[letter]
            marks = extra_mark + marks
        accents = tuple(tones.get(mark, ord(mark)) for mark in marks)
        for position, part in enumerate(letter):
            primary.append(_primary(part, alphabet))
            secondary.append(accents if position == 0 else ())
            tertiary.append(case)
    return tuple(primary), tuple(secondary), tuple(tertiary), text

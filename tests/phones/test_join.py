"""Joining: the addresses offered, the QR code, the room code."""

from __future__ import annotations

import ipaddress

from bataille.phones.join import (
    WIFI_NAME_MAX,
    join_url,
    local_addresses,
    qr_matrix,
    room_code,
    wifi_name,
)


def test_addresses_are_ipv4_and_never_loopback():
    for address in local_addresses():
        ip = ipaddress.ip_address(address)
        assert ip.version == 4 and not ip.is_loopback and not ip.is_unspecified


def _finder(matrix, top, left):
    """The 7x7 finder pattern of a QR code: dark ring, light ring, dark 3x3 centre."""
    for r in range(7):
        for c in range(7):
            ring = min(r, c, 6 - r, 6 - c)
            if matrix[top + r][left + c] != (ring != 1):
                return False
    return True


def test_the_qr_code_has_a_legal_size_and_its_three_finder_patterns():
    matrix = qr_matrix(join_url("192.168.1.20", 8765))
    n = len(matrix)
    assert all(len(row) == n for row in matrix) and (n - 21) % 4 == 0
    assert _finder(matrix, 0, 0) and _finder(matrix, 0, n - 7) and _finder(matrix, n - 7, 0)
    assert qr_matrix("http://10.0.0.2:8765/") != matrix  # the address is encoded


def test_room_codes_are_four_unambiguous_letters():
    codes = {room_code() for _ in range(200)}
    assert len(codes) > 150
    assert all(len(c) == 4 and c.isalpha() and not set(c) & set("BIOSGLQZ") for c in codes)
    seeded = {room_code(f"/salle/atelier-{n}.bataille|1764950000.{n}") for n in range(200)}
    assert len(seeded) > 150 and all(len(c) == 4 and not set(c) & set("BIOSGLQZ") for c in seeded)
    assert room_code("/salle/a.bataille|1.5") == room_code("/salle/a.bataille|1.5")  # one session, one code


def test_the_help_says_to_type_the_address_as_the_join_screen_shows_it():
    """The join screen (and the printed kit) show 192.168.1.20:8765, without http://; the help said
    to type it "exactly, with http://", so people hunted for an http:// they could not see."""
    from pathlib import Path

    help_text = (Path(__file__).parents[2] / "docs" / "phones.md").read_text(encoding="utf-8")
    trouble = help_text.split("## Phones can't connect?")[1].split("\n## ")[0]
    shown = join_url("192.168.1.20", 8765).removeprefix("http://").rstrip("/")  # as the stage shows it
    assert "with `http://`" not in trouble
    assert f"`{shown}`" in trouble


def test_a_wifi_name_is_one_line_of_at_most_32_characters():
    """The room's network as the join screen and poster write it: a pasted name loses its tabs and
    line breaks, and a name longer than a network's can be is cut (an SSID is at most 32 bytes)."""
    assert wifi_name("  EduNet\tSalle 12\r\n") == "EduNet Salle 12"
    assert wifi_name("Lycée\x00 Jean\u2028Moulin") == "Lycée Jean Moulin"
    assert wifi_name("") == "" and wifi_name(" \n ") == ""
    assert wifi_name("x" * 40) == "x" * WIFI_NAME_MAX == "x" * 32

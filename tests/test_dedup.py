"""Near-duplicate detection and content hashes."""

from __future__ import annotations

import subprocess
import sys

from warta.clean.dedup import NearDuplicateIndex, content_hash, minhash_signature

PARAGRAPHS = [
    "Menteri Luar Negeri Indonesia menerima kunjungan Menteri Luar Negeri Jepang di Jakarta "
    "untuk membahas kerja sama maritim dan perdagangan kedua negara.",
    "Dalam pertemuan itu kedua menteri sepakat mempercepat perundingan perjanjian ekonomi "
    "yang telah berlangsung sejak beberapa tahun terakhir.",
    "Menurut Menlu, nilai perdagangan kedua negara meningkat tajam dibandingkan periode yang "
    "sama tahun sebelumnya berkat pemulihan ekonomi kawasan.",
    "Jepang juga menyatakan dukungan terhadap keketuaan Indonesia di ASEAN serta rencana "
    "pembangunan pelabuhan baru di wilayah timur Indonesia.",
    "Kedua pihak membahas situasi keamanan di Laut China Selatan dan menekankan pentingnya "
    "penghormatan terhadap hukum internasional termasuk UNCLOS.",
    "Selain itu, kedua negara akan memperluas program beasiswa bagi pelajar dan pegawai "
    "negeri untuk memperkuat hubungan antarmasyarakat.",
    "Pertemuan ditutup dengan penandatanganan nota kesepahaman di bidang energi terbarukan "
    "dan transisi energi yang berkelanjutan.",
    "Menlu Jepang dijadwalkan melanjutkan kunjungan ke Singapura dan Filipina setelah "
    "menyelesaikan agenda di Jakarta pada sore harinya.",
    "Pemerintah kedua negara juga sepakat menggelar pertemuan dua tahunan secara bergantian "
    "di Tokyo dan Jakarta mulai tahun depan.",
    "Para pengamat menilai pertemuan ini menjadi sinyal kuat meningkatnya hubungan strategis "
    "antara Indonesia dan Jepang di tengah dinamika kawasan.",
]
ORIGINAL = "\n\n".join(PARAGRAPHS)
SYNDICATED = "\n\n".join(
    [*PARAGRAPHS[:6], "Redaksi menambahkan bahwa foto kegiatan tersedia.", *PARAGRAPHS[7:]]
)
DIFFERENT = (
    "Presiden Prancis mengumumkan paket bantuan bagi petani anggur yang terdampak cuaca ekstrem "
    "di wilayah selatan negara itu. Bantuan mencakup subsidi pupuk, keringanan pajak dan kredit "
    "murah dari bank pemerintah. Serikat petani menyambut baik keputusan tersebut namun meminta "
    "agar penyaluran bantuan dilakukan secepatnya sebelum musim panen berikutnya tiba."
)


def test_signature_shape_and_stability() -> None:
    signature = minhash_signature(ORIGINAL)
    assert len(signature) == 128
    assert all(isinstance(value, int) for value in signature)
    assert signature == minhash_signature(ORIGINAL)


def test_signature_stable_across_processes() -> None:
    code = (
        "from warta.clean.dedup import minhash_signature;"
        "print(minhash_signature('Menlu RI bertemu Menlu Jepang di Jakarta hari ini')[:5])"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.strip()
        for _ in range(2)
    }
    assert outputs == {
        str(minhash_signature("Menlu RI bertemu Menlu Jepang di Jakarta hari ini")[:5])
    }


def test_signature_ignores_case_and_punctuation() -> None:
    assert minhash_signature("Menlu RI, bertemu Menlu Jepang!") == minhash_signature(
        "menlu ri bertemu   menlu jepang"
    )


def test_syndicated_copy_with_one_paragraph_changed_matches() -> None:
    index = NearDuplicateIndex(threshold=0.8)
    index.add("original", minhash_signature(ORIGINAL))
    index.add("other", minhash_signature(DIFFERENT))
    match = index.query(minhash_signature(SYNDICATED))
    assert match is not None
    doc_id, similarity = match
    assert doc_id == "original"
    assert 0.8 <= similarity <= 1.0


def test_different_article_does_not_match() -> None:
    index = NearDuplicateIndex()
    index.add("original", minhash_signature(ORIGINAL))
    assert index.query(minhash_signature(DIFFERENT)) is None


def test_exact_copy_matches_with_full_similarity() -> None:
    index = NearDuplicateIndex()
    index.add("a", minhash_signature(ORIGINAL))
    assert index.query(minhash_signature(ORIGINAL)) == ("a", 1.0)


def test_empty_index_and_readding() -> None:
    index = NearDuplicateIndex()
    assert index.query(minhash_signature(ORIGINAL)) is None
    index.add("a", minhash_signature(DIFFERENT))
    index.add("a", minhash_signature(ORIGINAL))  # replaces, does not raise
    assert len(index) == 1
    assert index.query(minhash_signature(ORIGINAL)) == ("a", 1.0)


def test_short_and_empty_texts() -> None:
    assert len(minhash_signature("")) == 128
    assert len(minhash_signature("dua kata")) == 128


def test_content_hash_normalizes_case_and_whitespace() -> None:
    assert content_hash("Menlu  RI\nbertemu") == content_hash("menlu ri bertemu")
    assert content_hash("Menlu RI") != content_hash("Menlu RI bertemu")
    assert len(content_hash("")) == 64

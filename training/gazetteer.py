"""Small training-time word lists for typing silver proper-noun runs. Training only: the
run-time gazetteer belongs to warta/nlp (the pipeline engineer's EntityRuler)."""

from __future__ import annotations


def split_words(text: str) -> list[str]:
    """Whitespace-separated word list (keeps long lists compact and readable)."""
    return text.split()


COUNTRIES = set(
    split_words(
        """Afghanistan Afrika-Selatan Albania Aljazair Amerika Amerika-Serikat AS Andorra Angola
Arab-Saudi Saudi Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
Belanda Belarus Belgia Bhutan Bolivia Bosnia Botswana Brasil Brazil Brunei Brunei-Darussalam
 Bulgaria Burundi Chad Chile Ceko China Cina Tiongkok Denmark Djibouti Ekuador
Mesir El-Salvador Eritrea Estonia Ethiopia Etiopia Fiji Filipina Finlandia Gabon Gambia
Georgia Ghana Guatemala Guinea Haiti Honduras Hongaria Hong-Kong India Indonesia Inggris
Irak Iran Irlandia Islandia Israel Italia Jamaika Jepang Jerman Kamboja Kamerun Kanada
Kazakhstan Kenya Kirgistan Kolombia Kongo Korea Korea-Selatan Korsel Korea-Utara Korut
Kosovo Kroasia Kuba Kuwait Laos Latvia Lebanon Libanon Lesotho Liberia Libya Lituania
Luksemburg Madagaskar Makedonia Malawi Malaysia Maladewa Mali Malta Maroko Mauritania
Meksiko Moldova Monako Mongolia Montenegro Mozambik Myanmar Namibia Nepal Niger Nigeria
Nikaragua Norwegia Oman Pakistan Palestina Panama Papua-Nugini Paraguay Peru Polandia
Portugal Prancis Perancis Qatar Rumania Rusia Rwanda Selandia-Baru Senegal Serbia
Seychelles Sierra-Leone Singapura Siprus Slovakia Slovenia Somalia Spanyol Sri-Lanka
Sudan Sudan-Selatan Suriah Swedia Swiss Swaziland Taiwan Tajikistan Tanzania Thailand
Timor-Leste Togo Tonga Tunisia Turki Turkmenistan Uganda Ukraina Uruguay Uzbekistan
Vanuatu Vatikan Venezuela Vietnam Yaman Yordania Yunani Zambia Zimbabwe Uni-Emirat-Arab
UEA Krimea Gaza Tepi-Barat Darfur Xinjiang Tibet Kashmir Chechnya Kurdistan"""
    )
)
PLACES = set(
    split_words(
        """Jakarta Bandung Surabaya Medan Semarang Yogyakarta Yogya Jogja Makassar Palembang
Denpasar Bali Malang Solo Surakarta Bogor Depok Bekasi Tangerang Banten Batam Pekanbaru
Padang Aceh Manado Kupang Ambon Jayapura Papua Pontianak Balikpapan Samarinda
Banjarmasin Mataram Lombok Kendari Palu Gorontalo Jambi Bengkulu Lampung Cirebon
Tasikmalaya Sukabumi Garut Madura Sumatera Sumatra Kalimantan Sulawesi Jawa Maluku Riau
NTT NTB DKI Jabar Jateng Jatim Sumut Sumbar Sulsel Kaltim Kalbar Kalsel Kalteng Sulut
Sulteng Sultra DIY Sleman Bantul Klaten Kudus Kediri Jember Banyuwangi Blitar Madiun
Tegal Pekalongan Purwokerto Cilacap Magelang Karawang Purwakarta Subang Indramayu Serang
Cilegon Ciamis Kuningan Beijing Shanghai Tokyo Seoul Pyongyang Moskow Washington New-York
 London Paris Berlin Roma Madrid Kairo Riyadh Teheran Baghdad Damaskus Ankara
Istanbul Kabul Islamabad Karachi New-Delhi Mumbai Dhaka Bangkok Hanoi Manila Kuala-Lumpur
 Canberra Sydney Melbourne Ottawa Brussel Jenewa Wina Den-Haag Amsterdam Yerusalem
Tel-Aviv Doha Dubai Abu-Dhabi Mekkah Makkah Madinah Tripoli Benghazi Aleppo Mosul Sanaa
Kiev Kyiv Minsk Warsawa Athena Lisbon Hong-Kong Macau Taipei Yangon Naypyidaw Phnom-Penh
Vientiane Dili Port-Moresby"""
    )
)
GPE_NAMES = {name.replace("-", " ") for name in COUNTRIES | PLACES}

# A run starting with one of these is an organization.
ORG_HEADS = set(
    split_words(
        """PT CV Tbk Kementerian Kemenkeu Kemenlu Kemendagri Kemenhan Kemenkes Kemendikbud
Universitas Univ Institut Sekolah Akademi Politeknik Fakultas Partai Bank Badan Komisi
Dewan Majelis Mahkamah Pengadilan Kejaksaan Kejagung Kejati Kepolisian Polda Polres
Polsek Polri TNI Lembaga Yayasan Perusahaan Grup Organisasi Persatuan Perserikatan
Asosiasi Ikatan Himpunan Gerakan Front Koalisi Pemkot Pemprov Pemkab Pemda Direktorat
Ditjen Dinas Kedutaan Kedubes Konsulat Kantor-Berita Serikat Federasi Uni Liga Klub
Pusat Balai Biro Otoritas Korps Kodam Kodim Korem Kopassus Densus Bareskrim Satgas
Rumah-Sakit RS RSUD Harian Koran Majalah Stasiun-TV Perum Perumda BUMN Pertamina PLN
Garuda Telkom Bulog KPK DPR DPRD MPR DPD BPK BPOM BNN BNPB Basarnas KPU Bawaslu MK MA KY
PBB ASEAN NATO WHO UNESCO UNICEF IMF OPEC OKI Interpol FIFA PSSI Hamas Hizbullah Taliban
ISIS Golkar PDIP PDI-P Gerindra Demokrat PKS PAN PKB PPP NasDem Hanura Perindo"""
    )
)
ORG_NAMES = {w for w in ORG_HEADS if w.isupper() or w[0].isupper()}

# Words that introduce a person when they precede (or open) a proper-noun run.
PERSON_TITLES = {
    w.lower()
    for w in split_words(
        """Presiden Wapres Menteri Menko Mendagri Menlu Menkeu Menhan Menkes Mendikbud Gubernur
Wagub Bupati Wabup Walikota Wali Wakil Ketua Kepala Direktur Dirut Sekretaris Sekjen
Jenderal Kapolri Kapolda Kapolres Kapolsek Panglima Pangdam Kasad Bapak Ibu Pak Bu Dr
Dr. Prof Prof. Haji H. Hj. Ir Ir. Raja Ratu Pangeran Putra Perdana PM Dubes Duta Senator
Anggota Jubir Juru Bicara Komisaris Kapten Kolonel Letnan Mayor Brigjen Irjen Kombes
AKBP AKP Kompol Marsekal Laksamana Sultan Paus Syekh Ustaz Ustad Kiai KH Habib Tuan
Nyonya Saudara Mbak Mas Kak Bang Pelatih Striker Kapten Aktor Aktris Penyanyi Pengacara
Kuasa Hukum Pakar Pengamat Peneliti Dosen Rektor CEO Founder Pendiri Pemilik Manajer
Kepala-Negara Pemimpin Tersangka Terdakwa Korban Almarhum Mendiang"""
    )
}
# Speech verbs: ", kata X ." names a person.
SPEECH_VERBS = {
    "kata",
    "ujar",
    "ucap",
    "tutur",
    "jelas",
    "ungkap",
    "tegas",
    "terang",
    "imbuh",
    "tambah",
    "papar",
    "sebut",
    "katanya",
}

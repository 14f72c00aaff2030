/// The Finsam line set on the BAS account plan (the companies' and associations' plan),
/// with the same line ids as the Kommun-Bas default so that the standard statements work
/// on either. Members' contributions on 30xx, public grants (ESF among them) on 398x.
public enum BASMapping {
    public static let yaml = """
    resultaträkning:
      - grupp: verksamhetens_intakter
        rubrik: Verksamhetens intäkter
        summa: Summa verksamhetens intäkter
        rader:
          - { id: medlemsbidrag, text: Bidrag från medlemmarna, art: intäkt, konton: [3000-3099], not: medlemsbidrag }
          - { id: projektmedel, text: Erhållna offentliga bidrag, art: intäkt, konton: [3980-3989] }
          - { id: ovriga_intakter, text: Övriga intäkter, art: intäkt, konton: [3100-3979, 3990-3999], not: konton }
      - grupp: verksamhetens_kostnader
        rubrik: Verksamhetens kostnader
        summa: Summa verksamhetens kostnader
        resultat: Verksamhetens nettokostnad
        rader:
          - { id: verksamhetsanknutna, text: Köpta insatser och tjänster, art: kostnad, konton: [4000-4999], not: konton }
          - { id: lokalkostnader, text: Lokalkostnader, art: kostnad, konton: [5000-5199] }
          - { id: ovriga_kostnader, text: Övriga externa kostnader, art: kostnad, konton: [5200-6999, 7700-7799, 7900-7999], not: konton }
          - { id: arvoden, text: Löner och arvoden, art: kostnad, konton: [7000-7299] }
          - { id: reseersattning, text: Kostnadsersättningar, art: kostnad, konton: [7300-7399] }
          - { id: sociala_avgifter, text: Sociala avgifter, art: kostnad, konton: [7500-7599] }
          - { id: ovriga_personalkostnader, text: Pensioner och övriga personalkostnader, art: kostnad, konton: [7400-7499, 7600-7699] }
          - { id: avskrivningar, text: Avskrivningar, art: kostnad, konton: [7800-7899] }
      - grupp: finansiella
        rubrik: Finansiella poster
        summa: Summa finansiella poster
        resultat: Resultat efter finansiella poster
        rader:
          - { id: finansiella_intakter, text: Finansiella intäkter, art: intäkt, konton: [8000-8399] }
          - { id: finansiella_kostnader, text: Finansiella kostnader, art: kostnad, konton: [8400-8699] }
      - grupp: extraordinara
        rubrik: Extraordinära poster
        resultat: Årets resultat
        rader:
          - { id: extraordinara_intakter, text: Extraordinära intäkter, art: intäkt, konton: [8700-8799] }
          - { id: extraordinara_kostnader, text: Extraordinära kostnader, art: kostnad, konton: [8800-8999] }
    balansräkning:
      - grupp: anlaggningstillgangar
        rubrik: Anläggningstillgångar
        summa: Summa anläggningstillgångar
        sida: tillgångar
        rader:
          - { id: anlaggningstillgangar, text: Inventarier, art: anläggningstillgångar, konton: [1000-1399] }
      - grupp: fordringar_och_kassa
        rubrik: Omsättningstillgångar
        summa: Summa omsättningstillgångar
        sida: tillgångar
        rader:
          - { id: fordringar, text: Kortfristiga fordringar, art: fordringar, konton: [1400-1899], not: konton }
          - { id: kassa_och_bank, text: Kassa och bank, art: likvida medel, konton: [1900-1999], not: konton }
      - grupp: eget_kapital
        rubrik: Eget kapital
        summa: Summa eget kapital
        resultat: Årets resultat
        sida: eget kapital och skulder
        rader:
          - { id: eget_kapital, text: Eget kapital, art: eget kapital, konton: [2000-2099] }
      - grupp: avsattningar
        rubrik: Avsättningar
        summa: Summa avsättningar
        sida: eget kapital och skulder
        rader:
          - { id: avsattningar, text: Avsättningar, art: avsättningar, konton: [2100-2299] }
      - grupp: skulder
        rubrik: Skulder
        summa: Summa skulder
        sida: eget kapital och skulder
        rader:
          - { id: langfristiga_skulder, text: Långfristiga skulder, art: långfristiga skulder, konton: [2300-2399] }
          - { id: kortfristiga_skulder, text: Kortfristiga skulder, art: kortfristiga skulder, konton: [2400-2999], not: konton }
    kostnadsställen:
      projekt: [4000-4999]
    """
}

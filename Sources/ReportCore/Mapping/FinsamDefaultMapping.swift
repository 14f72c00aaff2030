/// The national Finsam line set, as data in the same format as a folder's `mappning.yaml`.
/// Accounts follow the municipal chart of accounts (Kommun-Bas); members' contributions
/// (38xx) are operating revenue here. An association overrides whole groups.
public enum FinsamDefaultMapping {
    /// The account plans a folder's rapport.yaml may name (`kontoplan:`).
    public static let plans = ["kommun-bas": yaml, "bas": BASMapping.yaml]

    public static let yaml = """
    resultaträkning:
      - grupp: verksamhetens_intakter
        rubrik: Intäkter
        summa: Summa verksamhetens intäkter
        rader:
          - { id: medlemsbidrag, text: Bidrag från medlemmarna, art: intäkt, konton: [3800-3899], not: medlemsbidrag }
          - { id: projektmedel, text: Externa projektmedel, art: intäkt, konton: [3600-3699] }
          - { id: ovriga_intakter, text: Övriga intäkter, art: intäkt, konton: [3000-3599, 3700-3799, 3900-3999], not: konton }
      - grupp: verksamhetens_kostnader
        rubrik: Kostnader
        summa: Summa verksamhetens kostnader
        resultat: Verksamhetens nettokostnad
        rader:
          - { id: arvoden, text: Arvoden, art: kostnad, konton: [5100-5199] }
          - { id: reseersattning, text: Reseersättning, art: kostnad, konton: [5700-5799] }
          - { id: sociala_avgifter, text: Sociala avgifter, art: kostnad, konton: [5600-5699] }
          - { id: ovriga_personalkostnader, text: Övriga personalkostnader, art: kostnad, konton: [5000-5099, 5200-5499, 5800-5999] }
          - { id: verksamhetsanknutna, text: Verksamhetsanknutna kostnader, art: kostnad, konton: [4000-4999, 5500-5599], not: konton }
          - { id: lokalkostnader, text: Lokalkostnader, art: kostnad, konton: [6100-6199] }
          - { id: ovriga_kostnader, text: Övriga kostnader, art: kostnad, konton: [6000-6099, 6200-6799, 6900-7999], not: konton }
          - { id: avskrivningar, text: Avskrivningar, art: kostnad, konton: [6800-6899] }
      - grupp: finansiella
        rubrik: Finansiella poster
        summa: Summa finansiella intäkter/kostnader
        resultat: Resultat före extraordinära poster
        rader:
          - { id: finansiella_intakter, text: Övriga finansiella intäkter, art: intäkt, konton: [8000-8499] }
          - { id: finansiella_kostnader, text: Övriga finansiella kostnader, art: kostnad, konton: [8500-8699] }
      - grupp: extraordinara
        rubrik: Extraordinära poster
        resultat: Periodens resultat
        rader:
          - { id: extraordinara_intakter, text: Extraordinära intäkter, art: intäkt, konton: [8700-8799] }
          - { id: extraordinara_kostnader, text: Extraordinära kostnader, art: kostnad, konton: [8800-8999] }
    balansräkning:
      - grupp: anlaggningstillgangar
        rubrik: Anläggningstillgångar
        summa: Summa anläggningstillgångar
        sida: tillgångar
        rader:
          - { id: anlaggningstillgangar, text: Anläggningstillgångar, art: anläggningstillgångar, konton: [1000-1499] }
      - grupp: fordringar_och_kassa
        rubrik: Fordringar och kassa
        summa: Summa fordringar och kassa
        sida: tillgångar
        rader:
          - { id: fordringar, text: Fordringar, art: fordringar, konton: [1500-1899], not: konton }
          - { id: kassa_och_bank, text: Kassa och bank, art: likvida medel, konton: [1900-1999], not: konton }
      - grupp: eget_kapital
        rubrik: Eget kapital
        summa: Summa eget kapital
        resultat: Periodens resultat
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

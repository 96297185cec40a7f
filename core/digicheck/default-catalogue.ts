/**
 * The default question catalogue "DigiCheck Kommune", version 1: nine
 * dimensions with questions and help texts written for a municipal workshop
 * (read aloud by the moderator, answered by the unit's staff). Keys are
 * stable: later versions and the comparison across years rely on them.
 */

export interface DefaultQuestion { key: string; text: string; help: string; weight?: number }
export interface DefaultDimension { key: string; name: string; description: string; weight?: number; questions: DefaultQuestion[] }

export const DEFAULT_CATALOGUE_NAME = 'DigiCheck Kommune';

export const DEFAULT_DIMENSIONS: DefaultDimension[] = [
  {
    key: 'strategie',
    name: 'Strategie & Steuerung',
    description: 'Ziele, Zuständigkeiten und Steuerung der Digitalisierung in der Einheit.',
    questions: [
      { key: 'strategie-ziele', text: 'Gibt es schriftlich festgehaltene Digitalisierungsziele für die Einheit?', help: 'Zum Beispiel in der Digitalen Agenda, im Fachbereichsplan oder in Zielvereinbarungen. 0 = keine Ziele, 4 = messbare Ziele, regelmäßig überprüft.' },
      { key: 'strategie-verantwortung', text: 'Ist klar geregelt, wer Digitalisierungsvorhaben der Einheit verantwortet?', help: 'Gibt es eine benannte Ansprechperson (z. B. Digitalisierungslotsin) mit Zeit und Mandat?' },
      { key: 'strategie-priorisierung', text: 'Werden Digitalisierungsvorhaben nach nachvollziehbaren Kriterien priorisiert?', help: 'Etwa nach Nutzen für Bürgerinnen und Bürger, Entlastung der Beschäftigten, rechtlicher Pflicht (OZG) und Aufwand.' },
      { key: 'strategie-budget', text: 'Sind Mittel für Digitalisierung im Haushalt der Einheit eingeplant?', help: 'Investive und laufende Mittel, auch Fördermittel. 0 = keine, 4 = mehrjährig geplant und gesichert.' },
    ],
  },
  {
    key: 'prozesse',
    name: 'Prozesse',
    description: 'Wie die Arbeitsabläufe beschrieben, durchgängig digital und verbessert werden.',
    questions: [
      { key: 'prozesse-dokumentiert', text: 'Sind die wichtigsten Arbeitsabläufe beschrieben (z. B. als Prozessmodell)?', help: 'Denken Sie an die fünf Verfahren mit den meisten Fällen. Eine aktuelle Beschreibung, etwa in BPMN oder als Ablaufskizze, zählt.' },
      { key: 'prozesse-medienbruch', text: 'Laufen Vorgänge ohne Medienbruch vom Eingang bis zum Bescheid?', help: 'Medienbruch heißt: Ausdrucken, Abtippen, Einscannen. 4 = durchgängig elektronisch bis zur Zustellung.' },
      { key: 'prozesse-eakte', text: 'Wird die E-Akte für die Vorgänge der Einheit genutzt?', help: '0 = Papierakte, 2 = E-Akte teilweise neben Papier, 4 = E-Akte führend, Papier nur noch ausnahmsweise.' },
      { key: 'prozesse-verbesserung', text: 'Werden Abläufe regelmäßig überprüft und vereinfacht, bevor sie digitalisiert werden?', help: 'Nicht den Papierprozess digital nachbauen: Gibt es Schritte, die wegfallen können?' },
    ],
  },
  {
    key: 'daten',
    name: 'Daten',
    description: 'Qualität, Verfügbarkeit und Nutzung der Daten der Einheit.',
    questions: [
      { key: 'daten-qualitaet', text: 'Sind die Fachdaten vollständig, aktuell und in gleicher Form erfasst?', help: 'Fehlende Pflichtangaben, Doppelerfassungen und Freitext statt Auswahllisten sprechen für eine niedrige Stufe.' },
      { key: 'daten-nutzung', text: 'Werden Daten für Auswertungen und Steuerung genutzt?', help: 'Etwa Fallzahlen, Bearbeitungszeiten, Rückstände. 4 = regelmäßige Berichte, die Entscheidungen beeinflussen.' },
      { key: 'daten-austausch', text: 'Werden Daten mit anderen Stellen elektronisch ausgetauscht (z. B. XÖV-Standards)?', help: 'Zum Beispiel mit Meldebehörde, Jobcenter, Landesbehörden. Once-Only: Nachweise nicht erneut bei Bürgerinnen und Bürgern anfordern.' },
      { key: 'daten-offen', text: 'Stellt die Einheit geeignete Daten als offene Daten bereit?', help: 'Nicht personenbezogene Daten, z. B. Statistiken, auf dem Open-Data-Portal der Kommune oder des Landes.' },
    ],
  },
  {
    key: 'it',
    name: 'IT & Fachverfahren',
    description: 'Fachverfahren, Schnittstellen, Arbeitsplatzausstattung und Betrieb.',
    questions: [
      { key: 'it-fachverfahren', text: 'Unterstützt das Fachverfahren die Aufgaben der Einheit gut?', help: 'Ist es aktuell, wird es vom Hersteller weiterentwickelt, deckt es die Rechtsänderungen rechtzeitig ab?' },
      { key: 'it-schnittstellen', text: 'Hat das Fachverfahren Schnittstellen zu Onlinediensten, E-Akte und Finanzwesen?', help: '0 = keine, Daten werden abgetippt; 4 = Anträge, Akten und Zahlungen fließen automatisch.' },
      { key: 'it-arbeitsplatz', text: 'Sind die Arbeitsplätze zeitgemäß ausgestattet (Hardware, zwei Bildschirme, mobiles Arbeiten)?', help: 'Auch: Videokonferenz, Zugriff von unterwegs oder aus dem Homeoffice.' },
      { key: 'it-betrieb', text: 'Ist der Betrieb der Verfahren verlässlich (Störungen, Unterstützung, Updates)?', help: 'Wie schnell hilft die IT oder der Dienstleister? Gibt es Vertretungen für Administratoren der Fachverfahren?' },
    ],
  },
  {
    key: 'personal',
    name: 'Personal & Kompetenzen',
    description: 'Digitale Kompetenzen, Qualifizierung und Kapazitäten der Beschäftigten.',
    questions: [
      { key: 'personal-kompetenz', text: 'Beherrschen die Beschäftigten die eingesetzten digitalen Werkzeuge sicher?', help: 'Fachverfahren, E-Akte, Office, Videokonferenz. Fragen Sie nach typischen Stolpersteinen im Alltag.' },
      { key: 'personal-qualifizierung', text: 'Gibt es ein Qualifizierungsangebot zu digitalen Themen, das genutzt wird?', help: 'Schulungen, E-Learning, Multiplikatorinnen und Multiplikatoren. 4 = planvoll, mit Zeit dafür im Arbeitsalltag.' },
      { key: 'personal-kapazitaet', text: 'Hat die Einheit Zeit und Personal, um Digitalisierung mitzugestalten?', help: 'Neben dem Tagesgeschäft: Wer testet neue Verfahren, wer beschreibt Abläufe?' },
    ],
  },
  {
    key: 'kultur',
    name: 'Kultur & Zusammenarbeit',
    description: 'Offenheit für Veränderung, Führung und Zusammenarbeit über Grenzen hinweg.',
    questions: [
      { key: 'kultur-offenheit', text: 'Wie offen steht die Einheit neuen, digitalen Arbeitsweisen gegenüber?', help: 'Werden neue Werkzeuge ausprobiert? Gibt es Sorgen, die offen angesprochen werden können?' },
      { key: 'kultur-fuehrung', text: 'Unterstützt die Führung Digitalisierung sichtbar?', help: 'Setzt sie Prioritäten, gibt sie Zeit, geht sie mit gutem Beispiel voran?' },
      { key: 'kultur-zusammenarbeit', text: 'Arbeitet die Einheit bei Digitalisierung mit anderen zusammen (Ämter, Kommunen, Land)?', help: 'Interkommunale Zusammenarbeit, EfA-Nachnutzung, Austausch in Netzwerken und Arbeitskreisen.' },
    ],
  },
  {
    key: 'nutzer',
    name: 'Nutzerorientierung',
    description: 'Wie die Bedürfnisse der Bürgerinnen, Bürger und Unternehmen einfließen.',
    questions: [
      { key: 'nutzer-beteiligung', text: 'Werden Bürgerinnen, Bürger oder Unternehmen bei der Gestaltung von Leistungen einbezogen?', help: 'Nutzertests, Befragungen, Auswertung von Beschwerden. 0 = nie, 4 = regelmäßig vor und nach Einführungen.' },
      { key: 'nutzer-verstaendlich', text: 'Sind Informationen, Formulare und Bescheide verständlich formuliert?', help: 'Einfache Sprache, klare nächste Schritte, Hinweise zu benötigten Unterlagen.' },
      { key: 'nutzer-barrierefrei', text: 'Sind die digitalen Angebote barrierefrei (BITV 2.0)?', help: 'Gibt es eine Erklärung zur Barrierefreiheit, wurde sie geprüft? Sind Angebote mit Tastatur und Screenreader nutzbar?' },
      { key: 'nutzer-kanaele', text: 'Können Anliegen über den Kanal erledigt werden, den die Menschen bevorzugen?', help: 'Online, telefonisch, vor Ort – mit gleichem Stand der Bearbeitung und Terminvergabe online.' },
    ],
  },
  {
    key: 'sicherheit',
    name: 'Informationssicherheit & Datenschutz',
    description: 'Schutz der Informationen und personenbezogenen Daten.',
    questions: [
      { key: 'sicherheit-schutzbedarf', text: 'Ist der Schutzbedarf der Verfahren und Daten festgestellt?', help: 'Etwa nach BSI IT-Grundschutz oder dem Standard der Kommune. Liegt ein Sicherheitskonzept vor?' },
      { key: 'sicherheit-datenschutz', text: 'Sind die Verarbeitungstätigkeiten im Verzeichnis erfasst und aktuell?', help: 'Verzeichnis nach Art. 30 DSGVO, Auftragsverarbeitungsverträge, wo nötig Datenschutz-Folgenabschätzung.' },
      { key: 'sicherheit-sensibilisierung', text: 'Sind die Beschäftigten für Informationssicherheit sensibilisiert?', help: 'Schulungen zu Phishing, Passwörtern, Umgang mit mobilen Geräten. Wissen alle, wem ein Vorfall zu melden ist?' },
      { key: 'sicherheit-notfall', text: 'Gibt es einen Notfallplan, wenn das Fachverfahren ausfällt?', help: 'Wie wird weitergearbeitet, wer wird informiert, wie werden Daten wiederhergestellt?' },
    ],
  },
  {
    key: 'online',
    name: 'Onlinedienste',
    description: 'Angebot und Nutzung der Online-Leistungen nach dem Onlinezugangsgesetz.',
    questions: [
      { key: 'online-angebot', text: 'Sind die Leistungen der Einheit online beantragbar?', help: 'Orientierung am OZG-Reifegrad: 3 = Online-Antrag mit Nachweisen, 4 = vollständig digital einschließlich Bescheid.' },
      { key: 'online-nutzung', text: 'Werden die Online-Angebote tatsächlich genutzt?', help: 'Anteil der Anträge, die online eingehen. Was hält Menschen davon ab?' },
      { key: 'online-konto', text: 'Sind Nutzerkonto (BundID), Bezahlung und elektronischer Bescheid angebunden?', help: '0 = nichts davon, 4 = Anmeldung, Bezahlung und Bescheid online in einem Zug.' },
      { key: 'online-efa', text: 'Werden EfA-Leistungen anderer Länder oder Kommunen nachgenutzt, wo es sie gibt?', help: '„Einer für Alle“: Ein Land entwickelt, andere schließen sich an und teilen die Kosten.' },
    ],
  },
];

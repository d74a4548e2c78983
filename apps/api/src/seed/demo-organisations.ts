import { NhsRegion, OrganisationKind } from "@ascent/domain";

export interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  odsCode: string | null;
  region: NhsRegion | null;
  /** ODS code or name of the parent organisation. */
  parent?: string;
}

const { ACADEMY, TRUST, ICB, CCG, FACILITATION_PROVIDER } = OrganisationKind;
const { LONDON, SOUTH_EAST, SOUTH_WEST, EAST_OF_ENGLAND, MIDLANDS, NORTH_EAST_AND_YORKSHIRE, NORTH_WEST } = NhsRegion;

const trust = (name: string, odsCode: string, region: NhsRegion, parent?: string): DemoOrganisation => ({ name, kind: TRUST, odsCode, region, parent });

/** The seeds' academies and partners, and real NHS trusts (with their ODS codes) in every region. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { name: "NHS Leadership Academy", kind: ACADEMY, odsCode: null, region: null },
  { name: "South East Leadership Academy", kind: ACADEMY, odsCode: null, region: SOUTH_EAST },
  { name: "HPMA London Academy", kind: ACADEMY, odsCode: null, region: LONDON },
  { name: "Thresholds Ltd", kind: FACILITATION_PROVIDER, odsCode: null, region: null },
  { name: "NHS Hertfordshire and West Essex Integrated Care Board", kind: ICB, odsCode: "QM7", region: EAST_OF_ENGLAND },
  { name: "NHS North East London Integrated Care Board", kind: ICB, odsCode: "QMF", region: LONDON },
  { name: "West Essex CCG", kind: CCG, odsCode: "07H", region: EAST_OF_ENGLAND },

  trust("Guy's and St Thomas' NHS Foundation Trust", "RJ1", LONDON),
  trust("King's College Hospital NHS Foundation Trust", "RJZ", LONDON),
  trust("Barts Health NHS Trust", "R1H", LONDON, "QMF"),
  trust("Imperial College Healthcare NHS Trust", "RYJ", LONDON),
  trust("University College London Hospitals NHS Foundation Trust", "RRV", LONDON),
  trust("Royal Free London NHS Foundation Trust", "RAL", LONDON),
  trust("St George's University Hospitals NHS Foundation Trust", "RJ7", LONDON),
  trust("South London and Maudsley NHS Foundation Trust", "RV5", LONDON),
  trust("Chelsea and Westminster Hospital NHS Foundation Trust", "RQM", LONDON),
  trust("London Ambulance Service NHS Trust", "RRU", LONDON),

  trust("Oxford University Hospitals NHS Foundation Trust", "RTH", SOUTH_EAST),
  trust("University Hospitals Sussex NHS Foundation Trust", "RYR", SOUTH_EAST),
  trust("Maidstone and Tunbridge Wells NHS Trust", "RWF", SOUTH_EAST),
  trust("East Kent Hospitals University NHS Foundation Trust", "RVV", SOUTH_EAST),
  trust("Royal Berkshire NHS Foundation Trust", "RHW", SOUTH_EAST),
  trust("Surrey and Sussex Healthcare NHS Trust", "RTP", SOUTH_EAST),
  trust("Portsmouth Hospitals University NHS Trust", "RHU", SOUTH_EAST),
  trust("Kent and Medway NHS and Social Care Partnership Trust", "RXY", SOUTH_EAST),
  trust("South Central Ambulance Service NHS Foundation Trust", "RYE", SOUTH_EAST),

  trust("University Hospitals Bristol and Weston NHS Foundation Trust", "RA7", SOUTH_WEST),
  trust("North Bristol NHS Trust", "RVJ", SOUTH_WEST),
  trust("Royal Devon University Healthcare NHS Foundation Trust", "RH8", SOUTH_WEST),
  trust("Gloucestershire Hospitals NHS Foundation Trust", "RTE", SOUTH_WEST),
  trust("Royal Cornwall Hospitals NHS Trust", "REF", SOUTH_WEST),
  trust("University Hospitals Plymouth NHS Trust", "RK9", SOUTH_WEST),
  trust("South Western Ambulance Service NHS Foundation Trust", "RYF", SOUTH_WEST),

  trust("The Princess Alexandra Hospital NHS Trust", "RQW", EAST_OF_ENGLAND, "QM7"),
  trust("East and North Hertfordshire NHS Trust", "RWH", EAST_OF_ENGLAND, "QM7"),
  trust("Cambridge University Hospitals NHS Foundation Trust", "RGT", EAST_OF_ENGLAND),
  trust("Norfolk and Norwich University Hospitals NHS Foundation Trust", "RM1", EAST_OF_ENGLAND),
  trust("Mid and South Essex NHS Foundation Trust", "RAJ", EAST_OF_ENGLAND),
  trust("Bedfordshire Hospitals NHS Foundation Trust", "RC9", EAST_OF_ENGLAND),
  trust("Essex Partnership University NHS Foundation Trust", "R1L", EAST_OF_ENGLAND),
  trust("East of England Ambulance Service NHS Trust", "RYC", EAST_OF_ENGLAND),

  trust("University Hospitals Birmingham NHS Foundation Trust", "RRK", MIDLANDS),
  trust("Nottingham University Hospitals NHS Trust", "RX1", MIDLANDS),
  trust("University Hospitals of Leicester NHS Trust", "RWE", MIDLANDS),
  trust("Sandwell and West Birmingham Hospitals NHS Trust", "RXK", MIDLANDS),
  trust("The Royal Wolverhampton NHS Trust", "RL4", MIDLANDS),
  trust("University Hospitals of Derby and Burton NHS Foundation Trust", "RTG", MIDLANDS),
  trust("Birmingham and Solihull Mental Health NHS Foundation Trust", "RXT", MIDLANDS),
  trust("West Midlands Ambulance Service University NHS Foundation Trust", "RYA", MIDLANDS),

  trust("Leeds Teaching Hospitals NHS Trust", "RR8", NORTH_EAST_AND_YORKSHIRE),
  trust("Sheffield Teaching Hospitals NHS Foundation Trust", "RHQ", NORTH_EAST_AND_YORKSHIRE),
  trust("The Newcastle upon Tyne Hospitals NHS Foundation Trust", "RTD", NORTH_EAST_AND_YORKSHIRE),
  trust("Bradford Teaching Hospitals NHS Foundation Trust", "RAE", NORTH_EAST_AND_YORKSHIRE),
  trust("Hull University Teaching Hospitals NHS Trust", "RWA", NORTH_EAST_AND_YORKSHIRE),
  trust("South Tees Hospitals NHS Foundation Trust", "RTR", NORTH_EAST_AND_YORKSHIRE),
  trust("Leeds and York Partnership NHS Foundation Trust", "RGD", NORTH_EAST_AND_YORKSHIRE),
  trust("Yorkshire Ambulance Service NHS Trust", "RX8", NORTH_EAST_AND_YORKSHIRE),

  trust("Manchester University NHS Foundation Trust", "R0A", NORTH_WEST),
  trust("Liverpool University Hospitals NHS Foundation Trust", "REM", NORTH_WEST),
  trust("Lancashire Teaching Hospitals NHS Foundation Trust", "RXN", NORTH_WEST),
  trust("Northern Care Alliance NHS Foundation Trust", "RM3", NORTH_WEST),
  trust("Alder Hey Children's NHS Foundation Trust", "RBS", NORTH_WEST),
  trust("Mersey Care NHS Foundation Trust", "RW4", NORTH_WEST),
  trust("Wirral University Teaching Hospital NHS Foundation Trust", "RBL", NORTH_WEST),
  trust("North West Ambulance Service NHS Trust", "RX7", NORTH_WEST),
];

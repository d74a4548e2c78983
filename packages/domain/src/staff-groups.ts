/**
 * Staff groups, close to the NHS Electronic Staff Record's, with HR and
 * organisational development split out because programmes target it (HPMA).
 */
export enum StaffGroup {
  MEDICAL_AND_DENTAL = "MEDICAL_AND_DENTAL",
  NURSING_AND_MIDWIFERY = "NURSING_AND_MIDWIFERY",
  ALLIED_HEALTH_PROFESSIONALS = "ALLIED_HEALTH_PROFESSIONALS",
  HEALTHCARE_SCIENTISTS = "HEALTHCARE_SCIENTISTS",
  ADDITIONAL_CLINICAL_SERVICES = "ADDITIONAL_CLINICAL_SERVICES",
  HR_OD = "HR_OD",
  ADMIN_AND_CLERICAL = "ADMIN_AND_CLERICAL",
  ESTATES_AND_ANCILLARY = "ESTATES_AND_ANCILLARY",
  SOCIAL_CARE = "SOCIAL_CARE",
  OTHER = "OTHER",
}

export const staffGroupLabels: Record<StaffGroup, string> = {
  [StaffGroup.MEDICAL_AND_DENTAL]: "Medical and dental",
  [StaffGroup.NURSING_AND_MIDWIFERY]: "Nursing and midwifery",
  [StaffGroup.ALLIED_HEALTH_PROFESSIONALS]: "Allied health professionals",
  [StaffGroup.HEALTHCARE_SCIENTISTS]: "Healthcare scientists",
  [StaffGroup.ADDITIONAL_CLINICAL_SERVICES]: "Additional clinical services",
  [StaffGroup.HR_OD]: "HR and organisational development",
  [StaffGroup.ADMIN_AND_CLERICAL]: "Administrative and clerical",
  [StaffGroup.ESTATES_AND_ANCILLARY]: "Estates and ancillary",
  [StaffGroup.SOCIAL_CARE]: "Social care and social work",
  [StaffGroup.OTHER]: "Other",
};

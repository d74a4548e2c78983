import { badUserInput } from "../errors";

/**
 * Global ids are opaque to clients: base64url of "Type:uuid". Clients must
 * never build or parse them; the server checks the type on the way back in.
 */
export function toGlobalId(typeName: string, id: string): string {
  return Buffer.from(`${typeName}:${id}`, "utf8").toString("base64url");
}

export interface DecodedGlobalId {
  typeName: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function fromGlobalId(globalId: string): DecodedGlobalId | undefined {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  if (separator <= 0) return undefined;
  const typeName = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  return UUID.test(id) ? { typeName, id } : undefined;
}

/** Decodes an id that must name the given type; a wrong or garbled id is bad input. */
export function expectGlobalId(globalId: string, typeName: string, argumentName = "id"): string {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName) {
    throw badUserInput(`${argumentName} is not a valid ${typeName} id.`, { argumentName });
  }
  return decoded.id;
}

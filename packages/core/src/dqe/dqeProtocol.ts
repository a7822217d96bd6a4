import type { DqeEndpoint } from "../errors/VerifyError.js";

/**
 * The protocol choices DQE's pages leave open or contradict, in one place.
 * Defaults are the kit's inferences (docs/dqe-protocol-choices.md); change them here when a real
 * DQE account shows otherwise, and the client follows.
 */
export interface DqeProtocol {
  /** Path of each endpoint under the server address. */
  readonly paths: Readonly<Record<DqeEndpoint, string>>;
  /** Name of the licence parameter per endpoint: DQE spells it `Licence` or `licence`. */
  readonly licenceParam: Readonly<Record<DqeEndpoint, string>>;
  /** GDPR_VERIF is documented without a licence; the kit sends it anyway unless this is false. */
  readonly gdprVerifSendsLicence: boolean;
  /**
   * Which token identifies a number check for the retrieval: the fresh access token the check
   * was started with (`accessToken`), or only the `token` DQE adds to the redirect (`redirectToken`).
   */
  readonly checkToken: "accessToken" | "redirectToken";
}

export const defaultDqeProtocol: DqeProtocol = {
  paths: {
    gdprMsg: "/GDPR_MSG/",
    gdprVerif: "/GDPR_VERIF/",
    accessToken: "/ACCESS_TOKEN/",
    idmobile: "/IDMOBILE/",
    retrieval: "/GET/",
  },
  licenceParam: {
    gdprMsg: "Licence",
    gdprVerif: "Licence",
    accessToken: "licence",
    idmobile: "licence",
    retrieval: "Licence",
  },
  gdprVerifSendsLicence: true,
  checkToken: "accessToken",
};

/** Overrides of the protocol choices, each optional. */
export interface DqeProtocolOverrides {
  readonly paths?: Partial<Record<DqeEndpoint, string>>;
  readonly licenceParam?: Partial<Record<DqeEndpoint, string>>;
  readonly gdprVerifSendsLicence?: boolean;
  readonly checkToken?: DqeProtocol["checkToken"];
}

/** The default protocol with some choices overridden. */
export function resolveDqeProtocol(overrides: DqeProtocolOverrides = {}): DqeProtocol {
  return {
    paths: { ...defaultDqeProtocol.paths, ...overrides.paths },
    licenceParam: { ...defaultDqeProtocol.licenceParam, ...overrides.licenceParam },
    gdprVerifSendsLicence: overrides.gdprVerifSendsLicence ?? defaultDqeProtocol.gdprVerifSendsLicence,
    checkToken: overrides.checkToken ?? defaultDqeProtocol.checkToken,
  };
}

/** The parts of an action's `action.yml` that the suite reads: its interface. */
export interface InputManifest {
  readonly description: string;
  readonly required: boolean;
  readonly default?: string;
}

export interface OutputManifest {
  readonly description: string;
}

export interface ActionManifest {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly inputs: Readonly<Record<string, InputManifest>>;
  readonly outputs: Readonly<Record<string, OutputManifest>>;
}

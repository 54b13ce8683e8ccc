/**
 * The runner's artifact service ("results service"), as @actions/artifact 6 calls it: twirp
 * JSON at /twirp/github.actions.results.api.v1.ArtifactService/<Method> with snake_case fields
 * (CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL), bearer-authenticated
 * by the runtime token, handing out SAS URLs to blobs in Azurite.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from "@azure/storage-blob";
import { DEV_ACCOUNT, DEV_KEY, startAzurite, type Azurite } from "./azurite.js";
import { newId } from "./emulator-state.js";

const SERVICE = "/twirp/github.actions.results.api.v1.ArtifactService/";
const CONTAINER = "actions-results";

interface StoredArtifact {
  runBackendId: string;
  jobBackendId: string;
  databaseId: number;
  name: string;
  blob: string;
  size: number;
  digest?: string;
  finalized: boolean;
  createdAt: string;
}

/** The runtime token a runner hands to actions: a JWT whose `scp` names the run and job. */
export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const scp = `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}`;
  return `${part({ alg: "HS256", typ: "JWT" })}.${part({ scp })}.c2lnbmF0dXJl`;
}

/** An artifact a job has uploaded, and a URL that reads its zip. */
export interface FinalizedArtifact {
  readonly runBackendId: string;
  readonly databaseId: number;
  readonly name: string;
  readonly size: number;
  readonly createdAt: string;
  readonly zipUrl: string;
}

export class ResultsService {
  readonly artifacts: StoredArtifact[] = [];
  readonly calls: string[] = [];
  /** Told of each artifact as it is finalized: the emulated GitHub lists it in its run. */
  onFinalize: ((artifact: FinalizedArtifact) => void) | undefined;
  private readonly credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY);

  private constructor(
    private readonly server: Server,
    readonly url: string,
    private readonly azurite: Azurite,
  ) {}

  static async start(): Promise<ResultsService> {
    const azurite = await startAzurite();
    const blobs = new BlobServiceClient(
      azurite.blobUrl,
      new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_KEY),
    );
    await blobs.getContainerClient(CONTAINER).createIfNotExists();
    const ref: { service?: ResultsService } = {};
    const server = createServer((req, res) => void ref.service?.handle(req, res));
    await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
    const { port } = server.address() as AddressInfo;
    ref.service = new ResultsService(server, `http://127.0.0.1:${port}/`, azurite);
    return ref.service;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((ok) => this.server.close(() => ok()));
    await this.azurite.stop();
  }

  private sas(blob: string, permissions: string): string {
    const query = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName: blob,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3_600_000),
      },
      this.credential,
    ).toString();
    return `${this.azurite.blobUrl}/${CONTAINER}/${blob.split("/").map(encodeURIComponent).join("/")}?${query}`;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const path = new URL(req.url ?? "/", this.url).pathname;
    if (req.method !== "POST" || !path.startsWith(SERVICE))
      return reply(404, { code: "bad_route", msg: path });
    if (!String(req.headers.authorization ?? "").startsWith("Bearer ")) {
      return reply(401, { code: "unauthenticated", msg: "no runtime token" });
    }
    const method = path.slice(SERVICE.length);
    this.calls.push(method);
    const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}") as Record<
      string,
      unknown
    >;
    const run = String(body.workflow_run_backend_id ?? "");
    const job = String(body.workflow_job_run_backend_id ?? "");
    const name = String(body.name ?? "");
    switch (method) {
      case "CreateArtifact": {
        if (this.artifacts.some((a) => a.runBackendId === run && a.name === name && a.finalized)) {
          return reply(409, { code: "already_exists", msg: `artifact ${name} exists` });
        }
        const blob = `${run}/${job}/${name}.zip`;
        this.artifacts.push({
          runBackendId: run,
          jobBackendId: job,
          databaseId: newId(),
          name,
          blob,
          size: 0,
          finalized: false,
          createdAt: new Date().toISOString(),
        });
        return reply(200, { ok: true, signed_upload_url: this.sas(blob, "cw") });
      }
      case "FinalizeArtifact": {
        const found = this.artifacts.find(
          (a) => a.runBackendId === run && a.name === name && !a.finalized,
        );
        if (!found) return reply(404, { code: "not_found", msg: name });
        found.finalized = true;
        found.size = Number(body.size ?? 0);
        if (typeof body.hash === "string") found.digest = body.hash;
        this.onFinalize?.({ ...found, zipUrl: this.sas(found.blob, "r") });
        return reply(200, { ok: true, artifact_id: String(found.databaseId) });
      }
      case "ListArtifacts": {
        const nameFilter = body.name_filter as string | undefined;
        const idFilter = body.id_filter as string | undefined;
        const list = this.artifacts
          .filter((a) => a.finalized && a.runBackendId === run)
          .filter((a) => nameFilter === undefined || a.name === nameFilter)
          .filter((a) => idFilter === undefined || String(a.databaseId) === String(idFilter))
          .map((a) => ({
            workflow_run_backend_id: a.runBackendId,
            workflow_job_run_backend_id: a.jobBackendId,
            database_id: String(a.databaseId),
            name: a.name,
            size: String(a.size),
            created_at: a.createdAt,
            ...(a.digest ? { digest: a.digest } : {}),
          }));
        return reply(200, { artifacts: list });
      }
      case "GetSignedArtifactURL": {
        const found = this.artifacts.find(
          (a) => a.runBackendId === run && a.name === name && a.finalized,
        );
        if (!found) return reply(404, { code: "not_found", msg: name });
        return reply(200, { signed_url: this.sas(found.blob, "r") });
      }
      default:
        return reply(404, { code: "bad_route", msg: method });
    }
  }
}

import type { ServerReadableStream, sendUnaryData } from '@grpc/grpc-js';
import type { DoubleLog, ExpectedRevision, ProposedRecord } from './double-log.js';
import type { FaultQueue } from './faults.js';
import { serviceError } from './faults.js';
import { sharedPb, streamName, streamsPb } from './wire.js';

type AppendReq = InstanceType<typeof streamsPb.AppendReq>;
type AppendResp = InstanceType<typeof streamsPb.AppendResp>;
type Options = InstanceType<typeof streamsPb.AppendReq.Options>;

const Case = streamsPb.AppendReq.Options.ExpectedStreamRevisionCase;

const expectedOf = (options: Options): ExpectedRevision => {
  switch (options.getExpectedStreamRevisionCase()) {
    case Case.REVISION:
      return { kind: 'revision', revision: BigInt(options.getRevision()) };
    case Case.NO_STREAM:
      return { kind: 'no_stream' };
    case Case.STREAM_EXISTS:
      return { kind: 'stream_exists' };
    default:
      return { kind: 'any' };
  }
};

const wrongExpected = (expected: ExpectedRevision, current: bigint | null): AppendResp => {
  const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
  if (current === null) wrong.setCurrentNoStream(new sharedPb.Empty());
  else wrong.setCurrentRevision(current.toString());
  if (expected.kind === 'revision') wrong.setExpectedRevision(expected.revision.toString());
  else if (expected.kind === 'no_stream') wrong.setExpectedNoStream(new sharedPb.Empty());
  else if (expected.kind === 'stream_exists') wrong.setExpectedStreamExists(new sharedPb.Empty());
  else wrong.setExpectedAny(new sharedPb.Empty());
  const resp = new streamsPb.AppendResp();
  resp.setWrongExpectedVersion(wrong);
  return resp;
};

/**
 * `Streams.Append` (client streaming): the options message, then one proposed message per
 * event; the answer is `success` (current revision, position) or, as the real server does on
 * the non-batch path, a successful reply carrying `wrong_expected_version`.
 */
/** Awaited before an append is applied: tests interleave another writer there. */
export type BeforeAppend = (streamName: string) => Promise<void>;

export const appendHandler =
  (log: DoubleLog, faults: FaultQueue, hooks: { beforeAppend?: BeforeAppend | undefined }) =>
  (call: ServerReadableStream<AppendReq, AppendResp>, callback: sendUnaryData<AppendResp>) => {
    let options: Options | undefined;
    const proposed: ProposedRecord[] = [];
    call.on('data', (req: AppendReq) => {
      if (req.hasOptions()) options = req.getOptions();
      const message = req.getProposedMessage();
      if (message !== undefined) {
        const map = message.getMetadataMap();
        proposed.push({
          id: message.getId()?.getString() ?? '',
          type: map.get('type') ?? '',
          contentType: map.get('content-type') ?? 'application/octet-stream',
          data: message.getData_asU8(),
          customMetadata: message.getCustomMetadata_asU8(),
        });
      }
    });
    call.on('error', () => undefined);
    call.on('end', async () => {
      const name = options === undefined ? '' : streamName(options.getStreamIdentifier());
      await hooks.beforeAppend?.(name);
      const fault = faults.take('append');
      if (fault !== undefined) return callback(serviceError(fault), null);
      if (options === undefined) {
        return callback(
          serviceError({ code: 3, details: 'append without options' }) as never,
          null,
        );
      }
      const expected = expectedOf(options);
      const outcome = log.append(name, expected, proposed);
      if (!outcome.ok) return callback(null, wrongExpected(expected, outcome.currentRevision));
      const success = new streamsPb.AppendResp.Success();
      success.setCurrentRevision(outcome.currentRevision.toString());
      const position = new streamsPb.AppendResp.Position();
      position.setCommitPosition(outcome.position.commit.toString());
      position.setPreparePosition(outcome.position.prepare.toString());
      success.setPosition(position);
      const resp = new streamsPb.AppendResp();
      resp.setSuccess(success);
      callback(null, resp);
    });
  };

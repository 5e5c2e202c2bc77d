import { BusyButton } from '../../../ui/BusyButton';
import { useState } from 'react';
import type { PackageCreated } from '@shared/supervisor/supervisor-contract';
import type { OpenedFile } from '@shared/files/files-contract';
import type { ApiError } from '@shared/result';
import { callApi } from '../../../api/precinct-client';
import { describeError } from '../../../i18n/describe-error';
import { useLanguage, useT } from '../../../i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeading } from '../../../ui/PageHeading';
import { saveByHandle } from '../../../ui/save-file';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useSessionStore } from '../../../app-state/session-store';
import { chooseFiles } from '../../../ui/choose-files';
import { fileName, groupFingerprint } from '../supervisor-text';
import { useCentralPermission, useSupervisorStore } from '../supervisor-store';
import { HandoverNotice } from './HandoverNotice';
import { PackageCheckLine } from './PackageCheckLine';
import { blocksPackage, usePackageCheck } from './package-check';

/** What a package file is called on disk (the precinct side offers files with this ending). */
const PACKAGE_EXTENSION = 'pdpkg';
/** The line saying what the check of the chosen files found, read with the button. */
const PACKAGE_CHECK_ID = 'package-check';

/** A precinct's package from its spec and voter list, saved where the supervisor chooses. */
export function PackagesSection() {
  const t = useT();
  const language = useLanguage();
  const nativeDialogs = useSessionStore((state) => state.appState?.host.nativeDialogs ?? false);
  const refreshState = useSupervisorStore((store) => store.refresh);
  const [spec, setSpec] = useState<OpenedFile | null>(null);
  const [voters, setVoters] = useState<OpenedFile | null>(null);
  const [missing, setMissing] = useState({ spec: false, voters: false });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [created, setCreated] = useState<PackageCreated | null>(null);
  const check = usePackageCheck(spec, voters);
  const blocked = blocksPackage(check);
  // An operator sees the screen; only an administrator makes packages (the core refuses too).
  const mayMake = useCentralPermission('packages.make');

  async function pick(which: 'spec' | 'voters') {
    const chosen = await chooseFiles(nativeDialogs, {
      kind: 'file',
      extensions: which === 'spec' ? ['json'] : ['csv', 'txt', 'xlsx'],
      filterName: t(which === 'spec' ? 'supervisor.packages.spec' : 'supervisor.packages.voters'),
      texts: {
        title: 'supervisor.open.titleFile',
        filesHeading: 'supervisor.open.files',
        noFiles: 'supervisor.open.noFiles',
        pathHint: 'supervisor.open.pathHintFile',
        open: 'supervisor.open.open',
      },
    });
    if (!chosen) return;
    if ('error' in chosen) {
      setError(chosen.error);
      return;
    }
    const file = chosen.files[0] ?? null;
    if (which === 'spec') setSpec(file);
    else setVoters(file);
    setMissing((m) => ({ ...m, [which]: false }));
  }

  async function create() {
    if (busy || blocked) return;
    setError(null);
    setCreated(null);
    setMissing({ spec: !spec, voters: !voters });
    if (!spec || !voters) return;
    let made: PackageCreated | null = null;
    const outcome = await saveByHandle(
      nativeDialogs,
      `${fileName(spec.path).replace(/\.json$/i, '')}.${PACKAGE_EXTENSION}`,
      { name: t('supervisor.packages.title'), extensions: [PACKAGE_EXTENSION] },
      async (outHandle) => {
        setBusy(true);
        try {
          const result = await callApi('createPackage', {
            specHandle: spec.handle,
            votersHandle: voters.handle,
            outHandle,
          });
          if (!result.ok) return result;
          made = result.value;
          return { ok: true, value: result.value.path };
        } finally {
          setBusy(false);
        }
      },
    );
    if (outcome.saved && made) {
      setCreated(made);
      void refreshState();
    } else if (!outcome.saved) {
      setError(outcome.error);
    }
  }

  const required = t('validation.required');
  return (
    <section className="section">
      <PageHeading focusOnMount>{t('supervisor.packages.title')}</PageHeading>
      <p>{t('supervisor.packages.intro')}</p>
      <FileChoice
        id="package-spec"
        label={t('supervisor.packages.spec')}
        path={spec?.path ?? null}
        problem={missing.spec ? required : null}
        buttonLabel={t('supervisor.packages.chooseSpec')}
        onChoose={() => void pick('spec')}
      />
      <FileChoice
        id="package-voters"
        label={t('supervisor.packages.voters')}
        path={voters?.path ?? null}
        problem={missing.voters ? required : null}
        buttonLabel={t('supervisor.packages.chooseVoters')}
        onChoose={() => void pick('voters')}
      />
      <div className="button-row">
        {mayMake ? (
          <BusyButton
            type="button"
            busy={busy}
            blockedBy={blocked ? PACKAGE_CHECK_ID : undefined}
            onClick={() => void create()}
          >
            {t('supervisor.packages.create')}
          </BusyButton>
        ) : (
          <button
            type="button"
            className="button-primary"
            disabled
            aria-describedby="package-not-permitted"
          >
            {t('supervisor.packages.create')}
          </button>
        )}
      </div>
      {mayMake ? (
        <PackageCheckLine id={PACKAGE_CHECK_ID} check={check} />
      ) : (
        <p className="field-hint" id="package-not-permitted">
          {t('centralAccounts.packagesAdministratorOnly')}
        </p>
      )}
      <ErrorAlert message={error ? describeError(error, language) : null} />
      <div role="status">
        {busy ? <p className="message message-info">{t('supervisor.packages.creating')}</p> : null}
      </div>
      {created ? <PackageResult created={created} /> : null}
    </section>
  );
}

/** A chosen file shown by its path, with the button that chooses it and a problem if missing. */
export function FileChoice(props: {
  id: string;
  label: string;
  path: string | null;
  problem: string | null;
  buttonLabel: string;
  onChoose: () => void;
}) {
  const t = useT();
  const { id, label, path, problem, buttonLabel, onChoose } = props;
  return (
    <div className="field file-choice">
      <p id={`${id}-label`} className="file-choice-label">
        {label}
      </p>
      <p id={`${id}-path`} className="file-choice-path">
        {path ?? t('supervisor.packages.notChosen')}
      </p>
      <button
        type="button"
        className="button-secondary"
        aria-describedby={`${id}-label ${id}-path${problem ? ` ${id}-error` : ''}`}
        onClick={onChoose}
      >
        {buttonLabel}
      </button>
      {problem ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

function PackageResult({ created }: { created: PackageCreated }) {
  const t = useT();
  return (
    <>
      <StatusMessage tone="success">{t('supervisor.packages.created')}</StatusMessage>
      <table className="data-table" data-testid="package-created">
        <caption>{t('supervisor.packages.resultCaption')}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('supervisor.packages.precinct')}</th>
            <td>{created.precinctId}</td>
          </tr>
          <tr>
            <th scope="row">{t('supervisor.packages.revision')}</th>
            <td>{created.revision}</td>
          </tr>
          <tr>
            <th scope="row">{t('supervisor.packages.rows')}</th>
            <td>{created.voterRows}</td>
          </tr>
          <tr>
            <th scope="row">{t('supervisor.packages.sha256')}</th>
            <td>
              <code>{groupFingerprint(created.sha256)}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('supervisor.packages.fingerprint')}</th>
            <td>
              <code>{groupFingerprint(created.centralFingerprint)}</code>
            </td>
          </tr>
          <tr>
            <th scope="row">{t('supervisor.packages.path')}</th>
            <td>{created.path}</td>
          </tr>
          <tr>
            <th scope="row">{t('supervisor.packages.packageId')}</th>
            <td>{created.packageId}</td>
          </tr>
        </tbody>
      </table>
      <HandoverNotice created={created} />
    </>
  );
}

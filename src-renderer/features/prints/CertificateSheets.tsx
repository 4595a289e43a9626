import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Certificate, CertificateSet, CertificateSigner } from '@shared/contract/completion';
import { inLanguage } from '@shared/contract/names';
import type { Language } from '@shared/contract/settings';
import { formatLetterDate, formatOfficialYear } from '@shared/text/date-format';
import { QueryError } from '../../data/QueryState';
import { useChannel } from '../../data/use-channel';
import { Native, usePrintReady } from './SheetFrame';
import type { CompletionPrint } from './completion-path';
import { PrintBar } from './PrintBar';
import './print.css';
import './certificate.css';

function signerLines(signer: CertificateSigner, language: Language): { organization: string; person: string } {
  if (language === 'en') {
    const organization = signer.organizationEn ?? signer.organizationJa;
    return { organization, person: [signer.nameEn, signer.titleEn ?? signer.titleJa].filter(Boolean).join(', ') };
  }
  return { organization: signer.organizationJa, person: [signer.titleJa, signer.nameJa].filter(Boolean).join('\u3000') };
}

/**
 * One certificate on an A4 landscape page, as certificates are set: the title centred and large,
 * the name in its own script and romanised, the sentence that certifies, the date (和暦 in
 * Japanese) and the signer at the foot. The other language's title stands under the title.
 */
export function CertificatePage({ certificate, set, language }: { certificate: Certificate; set: CertificateSet; language: Language }) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(language);
  const other = i18n.getFixedT(language === 'ja' ? 'en' : 'ja');
  const host = certificate.hostName ? inLanguage(certificate.hostName, certificate.hostNameEn, language) : null;
  const year = formatOfficialYear(set.fiscalYear, language);
  const from = certificate.startsOn ? formatLetterDate(certificate.startsOn, language) : null;
  const to = formatLetterDate(certificate.completedOn, language);
  const bodyKey = `print.certificate.body${host ? 'Host' : ''}${from ? 'Period' : ''}`;
  const signer = signerLines(set.signer, language);
  const hasNative = certificate.nativeName !== certificate.latinName;
  const native = <Native name={certificate.nativeName} lang={certificate.nameLang} className="kk-certificate-native" />;
  return (
    <section className="kk-certificate" lang={language} data-testid="certificate">
      <div className="kk-certificate-border">
        <h1 className="kk-certificate-title">{t('print.certificate.title')}</h1>
        <p className="kk-certificate-subtitle">{other('print.certificate.title')}</p>
        <div className="kk-certificate-name">
          {language === 'ja' ? (
            <>
              {native}
              {hasNative && <div className="kk-certificate-latin">{certificate.latinName}</div>}
            </>
          ) : (
            <>
              <div className="kk-certificate-latin-main">{certificate.latinName}</div>
              {hasNative && native}
            </>
          )}
        </div>
        <p className="kk-certificate-body">{t(bodyKey, { name: certificate.latinName, year, host, from, to })}</p>
        <div className="kk-certificate-foot">
          <p className="kk-certificate-date">{to}</p>
          <div className="kk-certificate-signer">
            <p>{signer.organization}</p>
            <p className="kk-certificate-person">{signer.person}</p>
          </div>
        </div>
      </div>
    </section>
  );
}

export function CertificateSheet({ set, language }: { set: CertificateSet; language: Language }) {
  return (
    <div className="kk-sheet kk-sheet-certificates" lang={language} data-testid="sheet">
      {set.certificates.map((c) => (
        <CertificatePage key={c.traineeId} certificate={c} set={set} language={language} />
      ))}
    </div>
  );
}

/** The certificates of one trainee, a host or the year alone on the page (`#/print/certificates/…`), as Save as PDF and the tests render them. */
export function CompletionPrintRoute({ print }: { print: CompletionPrint }) {
  const { t } = useTranslation();
  const set = useChannel('completion:certificates', {
    yearId: print.yearId,
    traineeId: print.kind === 'trainee' ? print.id : null,
    hostId: print.kind === 'host' ? print.id : null,
  });
  const isReady = usePrintReady(set.data);
  if (set.error) {
    return (
      <div data-print-ready="failed">
        <QueryError error={set.error} onRetry={() => void set.refetch()} />
      </div>
    );
  }
  const back = print.kind === 'trainee' ? `/trainees/${print.id}` : '/departures';
  return (
    <div data-print-ready={isReady ? 'true' : undefined}>
      {set.data && (
        <>
          <PrintBar back={back} canPrint={set.data.certificates.length > 0} />
          {set.data.isSignerDefault && (
            <Alert className="kk-no-print" color="yellow" mx="auto" maw={800} mb="sm" data-testid="certificate-signer-default">
              {t('print.certificate.signerDefault')}
            </Alert>
          )}
          {set.data.certificates.length === 0 && (
            <Alert className="kk-no-print" color="gray" mx="auto" maw={800} data-testid="certificate-none">
              {t('print.certificate.none')}
            </Alert>
          )}
          <div className="kk-preview-frame">
            <div className="kk-preview kk-landscape">
              <CertificateSheet set={set.data} language={print.language} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}

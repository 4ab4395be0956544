import { useState } from 'react';
import { createService } from '../../model/records/service';
import { useModel, useAppStore } from '../../state/store-context';
import { newId } from '../shared/new-id';
import { PagedList } from '../shared/paged-list';
import { fieldId } from '../shared/use-field-problem';
import { ServiceCard } from './service-card';

/** Each card lists its effects, each choosing from every cost line and stream. */
const SERVICES_PER_PAGE = 5;

export function ServicesScreen() {
  const store = useAppStore();
  const serviceIds = useModel((s) => s.file.services.map((x) => x.id));
  const [notice, setNotice] = useState<string | null>(null);

  const add = () => {
    const { file, edit } = store.getState();
    edit((d) => {
      const id = newId(
        'service',
        d.services.map((s) => s.id),
      );
      d.services.push(createService(id));
    });
    setNotice(
      'Added a blank service at the end of the list: name it and give it its costs and effects.',
    );
    window.setTimeout(
      () => document.getElementById(fieldId(`services[${file.services.length}].name`))?.focus(),
      0,
    );
  };
  const remove = (serviceId: string) => {
    const { file, edit } = store.getState();
    const name = file.services.find((s) => s.id === serviceId)?.name ?? serviceId;
    edit((d) => {
      d.services = d.services.filter((s) => s.id !== serviceId);
    });
    setNotice(`Removed the service “${name || serviceId}”. Undo brings it back.`);
  };

  return (
    <section aria-labelledby="services-heading" className="screen services">
      <h2 id="services-heading">Services</h2>
      <p className="lead">
        What the pooled budget buys. Each service has running, set-up and renewal costs and builds
        up over its ramp-up. While it runs it helps the cases it reaches, and their benefit reduces
        some costs of doing nothing for as long as it lasts. How well it runs depends on how it is
        funded: see Funding scenarios.
      </p>
      {serviceIds.length === 0 && <p>There are no services yet.</p>}
      <PagedList
        count={serviceIds.length}
        pageSize={SERVICES_PER_PAGE}
        noun="services"
        path="services"
        renderItem={(index) => {
          const id = serviceIds[index] ?? '';
          return <ServiceCard key={id} serviceId={id} index={index} onRemove={remove} />;
        }}
      />
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <div className="inline-form">
        <button type="button" className="button" onClick={add}>
          Add a service
        </button>
      </div>
    </section>
  );
}

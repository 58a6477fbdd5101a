from django.urls import path

from validation import views

app_name = "validation"
urlpatterns = [
    path("live/validation/", views.status, name="status"),
    path("live/validation/school/", views.school, name="school"),
    path("live/validation/school/new/", views.new_school, name="school_new"),
    path("live/validation/evidence/", views.evidence, name="evidence"),
]
